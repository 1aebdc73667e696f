import { expect } from 'chai';
import { evaluateGate } from '../../../src/checks/gate.js';
import { aFinding } from '../../helpers/report-builders.js';

describe('evaluateGate', () => {
  const deprecated = aFinding({ check: 'image-deprecated', severity: 'error', outcome: 'fail' });
  const rolledBack = aFinding({ check: 'stack-status', severity: 'error', outcome: 'fail' });
  const old = aFinding({ check: 'image-age', severity: 'warning', outcome: 'fail' });
  const oldToo = aFinding({ check: 'image-age', severity: 'warning', outcome: 'fail' });
  const hidden = aFinding({ check: 'noecho-parameter', severity: 'info', outcome: 'skip' });
  const waived = aFinding({ check: 'image-owner', severity: 'error', outcome: 'waived' });
  const passed = aFinding({ check: 'image-not-found', severity: 'error', outcome: 'pass' });
  const all = [old, passed, rolledBack, hidden, deprecated, waived, oldToo];

  it('fails on errors only at error, naming the checks and counts', () => {
    const gate = evaluateGate(all, 'error');

    expect(gate.failed).to.equal(true);
    expect(gate.failing).to.deep.equal([rolledBack, deprecated]);
    expect(gate.summary).to.equal(
      '2 checks failed at or above error: image-deprecated (1), stack-status (1); ' +
        '1 failure waived',
    );
  });

  it('fails on warnings and errors at warning', () => {
    const gate = evaluateGate(all, 'warning');

    expect(gate.failed).to.equal(true);
    expect(gate.failing).to.have.length(4);
    expect(gate.summary).to.equal(
      '3 checks failed at or above warning: image-age (2), image-deprecated (1), ' +
        'stack-status (1); 1 failure waived',
    );
  });

  it('passes at error when only warnings failed', () => {
    const gate = evaluateGate([old, passed], 'error');

    expect(gate).to.deep.equal({
      failed: false,
      failing: [],
      summary: 'no check failed at or above error',
    });
  });

  it('never fails at never, but still counts what failed', () => {
    expect(evaluateGate(all, 'never')).to.deep.equal({
      failed: false,
      failing: [],
      summary: 'the gate is off (fail-on never); 4 failing results reported',
    });
  });

  it('does not count waived, skipped or info results', () => {
    const gate = evaluateGate([hidden, waived, passed], 'warning');

    expect(gate.failed).to.equal(false);
  });
});
