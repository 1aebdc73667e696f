import { expect } from 'chai';

import type { CopyDestination } from '../../../src/copy/copy-ami-types.js';
import { formatCopyLine } from '../../../src/copy/format-copy-line.js';

describe('formatCopyLine', () => {
  const cases: { destination: CopyDestination; line: string }[] = [
    {
      destination: { region: 'eu-central-1', imageId: 'ami-1', action: 'copied', state: 'pending' },
      line: 'eu-central-1: copied to ami-1 (pending)',
    },
    {
      destination: {
        region: 'eu-central-1',
        imageId: 'ami-1',
        action: 'exists',
        state: 'available',
      },
      line: 'eu-central-1: copy ami-1 already exists (available)',
    },
    {
      destination: { region: 'us-east-1', imageId: 'ami-2', action: 'recovered' },
      line: 'us-east-1: recovered copy ami-2 and recorded it on the source',
    },
    {
      destination: {
        region: 'us-east-1',
        imageId: 'ami-3',
        action: 'replaced-stale',
        state: 'pending',
        note: 'recorded copy ami-2 no longer exists',
      },
      line: 'us-east-1: copied again to ami-3 (pending); recorded copy ami-2 no longer exists',
    },
    {
      destination: { region: 'us-east-1', action: 'planned', note: 'would copy ami-0 as "x"' },
      line: 'us-east-1: dry run; would copy ami-0 as "x"',
    },
    {
      destination: {
        region: 'us-east-1',
        imageId: 'ami-4',
        action: 'exists',
        state: 'failed',
        stateReason: 'Copy of snapshot failed',
      },
      line: 'us-east-1: copy ami-4 already exists (failed): Copy of snapshot failed',
    },
  ];

  for (const { destination, line } of cases) {
    it(`writes "${line}"`, () => {
      expect(formatCopyLine(destination)).to.equal(line);
    });
  }
});
