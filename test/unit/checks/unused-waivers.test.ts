import { expect } from 'chai';

import { applyWaivers } from '../../../src/checks/apply-waivers.js';
import { unusedWaivers } from '../../../src/checks/unused-waivers.js';
import type { Waiver } from '../../../src/config/config-types.js';
import type { Finding } from '../../../src/model/report.js';
import { aFinding } from '../../helpers/report-builders.js';
import { NOW } from './check-harness.js';

/** Results as the checks leave them before waivers: one fail, one pass, one stack-level fail. */
function results(): Finding[] {
  return [
    aFinding({
      check: 'image-age',
      outcome: 'fail',
      stackName: 'web-prod',
      parameterKey: 'WebAmi',
    }),
    aFinding({
      check: 'image-age',
      outcome: 'pass',
      stackName: 'app-prod',
      parameterKey: 'AppAmi',
    }),
    withoutParameter(aFinding({ check: 'stack-status', outcome: 'fail', stackName: 'web-prod' })),
  ];
}

function withoutParameter(finding: Finding): Finding {
  const stackLevel = { ...finding };
  delete stackLevel.parameterKey;
  delete stackLevel.imageId;
  return stackLevel;
}

function unusedOf(waivers: Waiver[]): Waiver[] {
  return unusedWaivers(applyWaivers(results(), waivers, NOW), waivers, NOW);
}

describe('unusedWaivers', () => {
  it('keeps out a waiver that waives a result', () => {
    const waivers = [{ check: 'image-age', stack: 'web-prod', reason: 'CHG-42' }];

    expect(unusedOf(waivers)).to.deep.equal([]);
  });

  it('returns a waiver whose stack has no such result', () => {
    const waiver = { check: 'image-age', stack: 'web-staging', reason: 'wrong stack' };

    expect(unusedOf([waiver])).to.deep.equal([waiver]);
  });

  it('returns a waiver that only matches passing results', () => {
    const waiver = { check: 'image-age', stack: 'app-prod', reason: 'nothing fails there' };

    expect(unusedOf([waiver])).to.deep.equal([waiver]);
  });

  it('returns a waiver naming a check that no result has', () => {
    const waiver = { check: 'image-agee', reason: 'typo in the check name' };

    expect(unusedOf([waiver])).to.deep.equal([waiver]);
  });

  it('returns a parameter-scoped waiver that matches only a stack-level result', () => {
    const waiver = { check: 'stack-status', parameter: '*', reason: 'too narrow for the result' };

    expect(unusedOf([waiver])).to.deep.equal([waiver]);
  });

  it('keeps out an expired waiver when a failing result says it expired', () => {
    const waivers = [{ check: 'image-age', reason: 'accepted', expires: '2026-12-02' }];

    expect(unusedOf(waivers)).to.deep.equal([]);
  });

  it('returns an expired waiver that no result names', () => {
    const waiver = { check: 'image-age', stack: 'app-prod', reason: 'old', expires: '2026-01-31' };

    expect(unusedOf([waiver])).to.deep.equal([waiver]);
  });

  it('returns a second waiver that a first one already covers, in the given order', () => {
    const first = { check: 'image-age', stack: 'web-*', reason: 'all web stacks' };
    const second = { check: 'image-age', stack: 'web-prod', reason: 'web-prod only' };
    const stray = { check: 'image-age', stack: 'batch-prod', reason: 'no such result' };

    expect(unusedOf([stray, first, second])).to.deep.equal([stray, second]);
  });

  it('finds every waiver unused when there are no results', () => {
    const waivers = [{ check: 'image-age', reason: 'anything' }];

    expect(unusedWaivers([], waivers, NOW)).to.deep.equal(waivers);
  });
});
