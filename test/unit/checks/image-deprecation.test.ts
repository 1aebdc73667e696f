import { expect } from 'chai';
import { imageDeprecated } from '../../../src/checks/image-deprecated.js';
import { imageDeprecationSoon } from '../../../src/checks/image-deprecation-soon.js';
import { daysFromNow, runCheckOnce } from './check-harness.js';

describe('imageDeprecated', () => {
  const cases = [
    { deprecatedAt: undefined, outcome: 'pass', message: 'image is not deprecated' },
    {
      deprecatedAt: '2026-06-01T00:00:00.000Z',
      outcome: 'fail',
      message: 'deprecated since 2026-06-01T00:00:00.000Z',
    },
    {
      deprecatedAt: daysFromNow(0),
      outcome: 'fail',
      message: 'deprecated since 2026-12-03T12:00:00.000Z',
    },
    {
      deprecatedAt: daysFromNow(0, 1),
      outcome: 'pass',
      message: 'not deprecated yet; deprecation scheduled 2026-12-03T12:00:00.001Z',
    },
  ] as const;

  for (const { deprecatedAt, outcome, message } of cases) {
    it(`gives ${outcome} for a deprecation time of ${String(deprecatedAt)}`, () => {
      const finding = runCheckOnce(imageDeprecated, { image: { deprecatedAt } });

      expect(finding).to.include({ severity: 'error', outcome, message });
    });
  }
});

describe('imageDeprecationSoon', () => {
  const cases = [
    { deprecatedAt: undefined, outcome: 'pass', message: 'no deprecation scheduled' },
    {
      deprecatedAt: daysFromNow(-1),
      outcome: 'skip',
      message: 'already deprecated since 2026-12-02T12:00:00.000Z',
    },
    {
      deprecatedAt: daysFromNow(30),
      outcome: 'fail',
      message: 'deprecated in 30 days, on 2027-01-02T12:00:00.000Z',
    },
    {
      deprecatedAt: daysFromNow(30, 1),
      outcome: 'pass',
      message: 'deprecation scheduled 2027-01-02T12:00:00.001Z (in 30 days)',
    },
    {
      deprecatedAt: daysFromNow(1),
      outcome: 'fail',
      message: 'deprecated in 1 day, on 2026-12-04T12:00:00.000Z',
    },
  ] as const;

  for (const { deprecatedAt, outcome, message } of cases) {
    it(`gives ${outcome} with the default 30 days for ${String(deprecatedAt)}`, () => {
      const finding = runCheckOnce(imageDeprecationSoon, { image: { deprecatedAt } });

      expect(finding).to.include({ severity: 'warning', outcome, message });
    });
  }

  it('uses the configured number of days', () => {
    const image = { deprecatedAt: '2027-03-01T00:00:00.000Z' };

    const finding = runCheckOnce(imageDeprecationSoon, { image }, { days: 90 });

    expect(finding).to.include({
      outcome: 'fail',
      message: 'deprecated in 87 days, on 2027-03-01T00:00:00.000Z',
    });
  });
});
