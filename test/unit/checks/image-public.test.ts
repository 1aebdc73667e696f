import { expect } from 'chai';
import { imagePublic } from '../../../src/checks/image-public.js';
import { runCheckOnce } from './check-harness.js';

describe('imagePublic', () => {
  const cases = [
    { image: { public: false }, outcome: 'pass', message: 'image is private' },
    {
      image: { public: true, ownerId: '111122223333' },
      outcome: 'fail',
      message: 'image is public: anyone can launch it and copy its snapshots',
    },
    {
      image: { public: true, ownerId: '999988887777', ownerAlias: 'amazon' },
      outcome: 'pass',
      message: 'public image of another owner (amazon)',
    },
  ] as const;

  for (const { image, outcome, message } of cases) {
    it(`gives ${outcome} for ${message}`, () => {
      const finding = runCheckOnce(imagePublic, { image });

      expect(finding).to.include({ severity: 'warning', outcome, message });
    });
  }
});
