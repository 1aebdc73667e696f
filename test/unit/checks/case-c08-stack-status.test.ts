import { expect } from 'chai';
import { evaluateGate } from '../../../src/checks/gate.js';
import { runChecks } from '../../../src/checks/run-checks.js';
import { emptyChecksConfig } from '../../../src/config/config-types.js';
import type { DeploymentState } from '../../../src/model/report.js';
import { aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';
import { NOW } from './check-harness.js';

// Mirrors test/fixtures/cases/c08: after UPDATE_ROLLBACK_COMPLETE the stack shows the previous
// parameters (ami-...a1), so the report model holds those and never the attempted ami-...b7.
function aC08Stack(name: string, status: string, deployment: DeploymentState, ami: string) {
  const key = name.startsWith('app') ? 'AppAmi' : 'WebAmi';
  return aStack({
    stackName: name,
    status,
    deployment,
    parameters: [aParameter({ key, imageIds: [ami] })],
  });
}

function aC08Report() {
  const stacks = [
    aC08Stack('app-prod', 'UPDATE_IN_PROGRESS', 'in-progress', 'ami-0bbbbbbbbbbbbbbb2'),
    aC08Stack('web-broken', 'UPDATE_ROLLBACK_FAILED', 'failed', 'ami-0aaaaaaaaaaaaaab7'),
    aC08Stack('web-new', 'ROLLBACK_COMPLETE', 'not-deployed', 'ami-0aaaaaaaaaaaaaab7'),
    aC08Stack('web-prod', 'UPDATE_ROLLBACK_COMPLETE', 'rolled-back', 'ami-0aaaaaaaaaaaaaaa1'),
  ];
  const images = ['ami-0aaaaaaaaaaaaaaa1', 'ami-0aaaaaaaaaaaaaab7', 'ami-0bbbbbbbbbbbbbbb2'].map(
    (imageId) => anImage({ imageId }),
  );

  return aReport({ stacks, images });
}

describe('runChecks on case C8 (stacks in rollback or in-progress states)', () => {
  const findings = runChecks(aC08Report(), emptyChecksConfig(), NOW);
  const statusOf = (stackName: string) =>
    findings.filter((f) => f.check === 'stack-status' && f.stackName === stackName);

  for (const [stackName, status] of [
    ['web-new', 'ROLLBACK_COMPLETE'],
    ['web-broken', 'UPDATE_ROLLBACK_FAILED'],
    ['web-prod', 'UPDATE_ROLLBACK_COMPLETE'],
  ] as const) {
    it(`fails ${stackName} at error, naming ${status}`, () => {
      const [finding, ...rest] = statusOf(stackName);

      expect(rest).to.deep.equal([]);
      expect(finding).to.include({ outcome: 'fail', severity: 'error' });
      expect(finding?.message).to.contain(`stack is ${status}:`);
    });
  }

  it('says that web-prod still runs its previous parameters', () => {
    expect(statusOf('web-prod')[0]?.message).to.contain(
      'the previous parameters are still running',
    );
  });

  it('does not pass app-prod: it fails as a warning, in progress', () => {
    const [finding] = statusOf('app-prod');

    expect(finding).to.include({ outcome: 'fail', severity: 'warning' });
    expect(finding?.message).to.contain('UPDATE_IN_PROGRESS').and.to.contain('in progress');
  });

  it('fails the gate naming stack-status with its count at each level', () => {
    expect(evaluateGate(findings, 'error').summary).to.equal(
      '1 check failed at or above error: stack-status (3)',
    );
    expect(evaluateGate(findings, 'warning').summary).to.equal(
      '1 check failed at or above warning: stack-status (4)',
    );
  });
});
