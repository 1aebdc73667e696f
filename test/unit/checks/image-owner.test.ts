import { expect } from 'chai';
import { imageOwner } from '../../../src/checks/image-owner.js';
import { aOneRowReport, runCheck, runCheckOnce } from './check-harness.js';

describe('imageOwner', () => {
  it('is off until owners are configured', () => {
    expect(runCheck(imageOwner, aOneRowReport())).to.deep.equal([]);
  });

  const owners = ['111122223333', 'amazon'];
  const cases = [
    {
      image: { ownerId: '111122223333' },
      outcome: 'pass',
      message: 'owned by 111122223333',
    },
    {
      image: { ownerId: '999988887777', ownerAlias: 'amazon' },
      outcome: 'pass',
      message: 'owned by 999988887777 (amazon)',
    },
    {
      image: { ownerId: '444455556666' },
      outcome: 'fail',
      message: 'owned by 444455556666, not an allowed owner (111122223333, amazon)',
    },
    {
      image: { ownerId: undefined },
      outcome: 'skip',
      message: 'EC2 did not report the image owner',
    },
  ] as const;

  for (const { image, outcome, message } of cases) {
    it(`gives ${outcome} for owner ${String(image.ownerId)}`, () => {
      const finding = runCheckOnce(imageOwner, { image }, { owners });

      expect(finding).to.include({ check: 'image-owner', severity: 'error', outcome, message });
    });
  }
});
