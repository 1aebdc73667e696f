import { expect } from 'chai';
import { allChecks } from '../../../src/checks/all-checks.js';
import { runChecks } from '../../../src/checks/run-checks.js';
import type { ChecksConfig } from '../../../src/config/config-types.js';
import { emptyChecksConfig } from '../../../src/config/config-types.js';
import type { AmiReport, Finding } from '../../../src/model/report.js';
import { aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';
import { NOW, daysFromNow } from './check-harness.js';

// Two stacks whose images are 100 days old: image-age fails on both, as a warning by default.
function anOldImageReport(): AmiReport {
  const parameters = [aParameter({ key: 'WebAmi' }), aParameter({ key: 'WorkerAmi' })];
  return aReport({
    stacks: [
      aStack({ stackName: 'web-staging', parameters }),
      aStack({ stackName: 'web-prod', parameters }),
    ],
    images: [anImage({ createdAt: daysFromNow(-100) })],
  });
}

function configWith(parts: Partial<ChecksConfig>): ChecksConfig {
  return { ...emptyChecksConfig(), ...parts };
}

function ageResults(config: ChecksConfig, now: Date = NOW) {
  return runChecks(anOldImageReport(), config, now)
    .filter((f) => f.check === 'image-age')
    .map((f) => ({
      at: `${f.stackName}/${f.parameterKey ?? ''}`,
      severity: f.severity,
      outcome: f.outcome,
    }));
}

function failAt(at: string, severity: Finding['severity'], outcome: Finding['outcome'] = 'fail') {
  return { at, severity, outcome };
}

describe('runChecks', () => {
  it('gives every check its defaults when nothing is configured', () => {
    expect(ageResults(emptyChecksConfig())).to.deep.equal([
      failAt('web-prod/WebAmi', 'warning'),
      failAt('web-prod/WorkerAmi', 'warning'),
      failAt('web-staging/WebAmi', 'warning'),
      failAt('web-staging/WorkerAmi', 'warning'),
    ]);
  });

  it('uses the configured days of a check', () => {
    const config = configWith({ checks: { 'image-age': { days: 100 } } });

    expect(ageResults(config).map((r) => r.outcome)).to.deep.equal([
      'pass',
      'pass',
      'pass',
      'pass',
    ]);
  });

  it('drops a disabled check and applies a configured severity to all its results', () => {
    const config = configWith({
      checks: { 'image-age': { severity: 'error' }, 'stack-status': { enabled: false } },
    });

    const findings = runChecks(anOldImageReport(), config, NOW);

    expect(findings.some((f) => f.check === 'stack-status')).to.equal(false);
    expect(ageResults(config).map((r) => r.severity)).to.deep.equal([
      'error',
      'error',
      'error',
      'error',
    ]);
  });

  it('applies overrides by stack and parameter glob, the later one winning', () => {
    const config = configWith({
      overrides: [
        { check: 'image-age', stack: 'web-prod', severity: 'error' },
        { check: 'image-age', stack: 'web-*', parameter: 'Worker*', severity: 'info' },
        { check: 'image-age', stack: 'web-staging', parameter: 'WebAmi', enabled: false },
      ],
    });

    expect(ageResults(config)).to.deep.equal([
      failAt('web-prod/WebAmi', 'error'),
      failAt('web-prod/WorkerAmi', 'info'),
      failAt('web-staging/WorkerAmi', 'info'),
    ]);
  });

  it('waives a failing result that an active waiver covers, with the waiver shown', () => {
    const config = configWith({
      waivers: [
        {
          check: 'image-age',
          stack: 'web-prod',
          parameter: 'WebAmi',
          reason: 'rebuild planned in CHG-42',
          expires: '2026-12-31',
        },
      ],
    });

    const waived = runChecks(anOldImageReport(), config, NOW).find(
      (f) => f.check === 'image-age' && f.outcome === 'waived',
    );

    expect(waived).to.deep.include({
      stackName: 'web-prod',
      parameterKey: 'WebAmi',
      message: 'image is 100 days old (created 2026-08-25T12:00:00.000Z), older than 90 days',
      waiver: { reason: 'rebuild planned in CHG-42', expires: '2026-12-31', expired: false },
    });
    expect(ageResults(config).filter((r) => r.outcome === 'waived')).to.have.length(1);
  });

  it('no longer waives after the waiver expired, and says so', () => {
    const waiver = {
      check: 'image-age',
      stack: 'web-prod',
      reason: 'accepted',
      expires: '2026-12-02',
    };

    const findings = runChecks(anOldImageReport(), configWith({ waivers: [waiver] }), NOW);
    const prod = findings.filter((f) => f.check === 'image-age' && f.stackName === 'web-prod');

    expect(prod.map((f) => f.outcome)).to.deep.equal(['fail', 'fail']);
    expect(prod[0]?.waiver).to.deep.equal({
      reason: 'accepted',
      expires: '2026-12-02',
      expired: true,
    });
    expect(prod[0]?.message).to.equal(
      'image is 100 days old (created 2026-08-25T12:00:00.000Z), older than 90 days',
    );
  });

  it('keeps a date-only waiver for the whole of its last day (UTC)', () => {
    const waivers = [{ check: 'image-age', reason: 'ok', expires: '2026-12-03' }];
    const endOfDay = new Date('2026-12-03T23:59:59.999Z');
    const nextDay = new Date('2026-12-04T00:00:00.000Z');

    const outcomes = (now: Date) => ageResults(configWith({ waivers }), now).map((r) => r.outcome);

    expect(outcomes(endOfDay)).to.deep.equal(['waived', 'waived', 'waived', 'waived']);
    expect(outcomes(nextDay)).to.deep.equal(['fail', 'fail', 'fail', 'fail']);
  });

  it('prefers an active waiver over an expired one for the same result', () => {
    const waivers = [
      { check: 'image-age', reason: 'old', expires: '2026-01-01' },
      { check: 'image-age', reason: 'renewed' },
    ];

    const findings = runChecks(anOldImageReport(), configWith({ waivers }), NOW);

    const ages = findings.filter((f) => f.check === 'image-age');
    expect(ages.map((f) => f.waiver)).to.deep.equal(
      Array(4).fill({ reason: 'renewed', expired: false }),
    );
  });

  it('never waives passing results or results of another check', () => {
    const waivers = [{ check: 'image-deprecated', reason: 'not this one' }];

    const findings = runChecks(anOldImageReport(), configWith({ waivers }), NOW);

    expect(findings.filter((f) => f.waiver !== undefined)).to.deep.equal([]);
  });

  it('does not let a parameter-scoped waiver silence a stack-level result', () => {
    const report = aReport({
      stacks: [aStack({ status: 'ROLLBACK_COMPLETE', deployment: 'not-deployed' })],
    });
    const waivers = [{ check: 'stack-status', parameter: '*', reason: 'too broad' }];

    const [finding] = runChecks(report, configWith({ waivers }), NOW);

    expect(finding).to.include({ check: 'stack-status', outcome: 'fail' });
  });

  it('gives the same order whatever the order of the input', () => {
    const report = anOldImageReport();
    const reversed = { ...report, stacks: [...report.stacks].reverse() };

    const first = runChecks(report, emptyChecksConfig(), NOW);
    const second = runChecks(reversed, emptyChecksConfig(), NOW);

    expect(second).to.deep.equal(first);
    expect(first.slice(0, 3).map((f) => [f.stackName, f.parameterKey, f.check])).to.deep.equal([
      ['web-prod', undefined, 'stack-status'],
      ['web-prod', 'WebAmi', 'value-invalid'],
      ['web-prod', 'WebAmi', 'value-not-set'],
    ]);
  });

  it('lists every check once, with a description', () => {
    const ids = allChecks.map((check) => check.id);

    expect(new Set(ids).size).to.equal(ids.length);
    expect(allChecks.every((check) => check.description.length > 20)).to.equal(true);
  });
});
