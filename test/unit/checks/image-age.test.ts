import { expect } from 'chai';
import { imageAge } from '../../../src/checks/image-age.js';
import { daysFromNow, runCheckOnce } from './check-harness.js';

describe('imageAge', () => {
  const cases = [
    {
      createdAt: daysFromNow(-3),
      outcome: 'pass',
      message: 'image is 3 days old (created 2026-11-30T12:00:00.000Z)',
    },
    {
      createdAt: daysFromNow(-90),
      outcome: 'pass',
      message: 'image is 90 days old (created 2026-09-04T12:00:00.000Z)',
    },
    {
      createdAt: daysFromNow(-90, -1),
      outcome: 'fail',
      message: 'image is 90 days old (created 2026-09-04T11:59:59.999Z), older than 90 days',
    },
    {
      createdAt: daysFromNow(-400),
      outcome: 'fail',
      message: 'image is 400 days old (created 2025-10-29T12:00:00.000Z), older than 90 days',
    },
    { createdAt: undefined, outcome: 'skip', message: 'EC2 did not report the creation date' },
  ] as const;

  for (const { createdAt, outcome, message } of cases) {
    it(`gives ${outcome} with the default 90 days for creation at ${String(createdAt)}`, () => {
      const finding = runCheckOnce(imageAge, { image: { createdAt } });

      expect(finding).to.include({ check: 'image-age', severity: 'warning', outcome, message });
    });
  }

  it('uses the configured number of days, with the same edge', () => {
    const atEdge = runCheckOnce(imageAge, { image: { createdAt: daysFromNow(-7) } }, { days: 7 });
    const past = runCheckOnce(
      imageAge,
      { image: { createdAt: daysFromNow(-7, -1000) } },
      { days: 7 },
    );

    expect([atEdge.outcome, past.outcome]).to.deep.equal(['pass', 'fail']);
  });
});
