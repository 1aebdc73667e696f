import { expect } from 'chai';

import {
  copiedToKey,
  formatCopiedFrom,
  isLineageKey,
  parseCopiedFrom,
  readLineage,
} from '../../../src/model/lineage.js';

describe('readLineage', () => {
  it('reads where a copy came from', () => {
    const tags = [
      { key: 'Name', value: 'app-golden' },
      { key: 'copied-from', value: 'eu-west-1/ami-0bbbbbbbbbbbbbbb2' },
    ];

    expect(readLineage(tags)).to.deep.equal({
      copiedFrom: { region: 'eu-west-1', imageId: 'ami-0bbbbbbbbbbbbbbb2' },
      copies: [],
    });
  });

  it('lists the copies recorded on a source, sorted by region', () => {
    const tags = [
      { key: 'copied-to:us-east-1', value: 'ami-0ccccccccccccccc3' },
      { key: 'Release', value: '2026.11.30' },
      { key: 'copied-to:eu-central-1', value: 'ami-0ddddddddddddddd4' },
    ];

    expect(readLineage(tags)).to.deep.equal({
      copies: [
        { region: 'eu-central-1', imageId: 'ami-0ddddddddddddddd4' },
        { region: 'us-east-1', imageId: 'ami-0ccccccccccccccc3' },
      ],
    });
  });

  it('gives undefined for an image without lineage tags', () => {
    expect(readLineage([{ key: 'Name', value: 'app-golden' }])).to.equal(undefined);
  });

  it('ignores lineage tags whose values are not image references', () => {
    const tags = [
      { key: 'copied-from', value: 'somewhere' },
      { key: 'copied-to:eu-central-1', value: 'pending' },
      { key: 'copied-to:', value: 'ami-0ddddddddddddddd4' },
    ];

    expect(readLineage(tags)).to.equal(undefined);
  });
});

describe('lineage keys', () => {
  it('round-trips a copied-from value', () => {
    const source = { region: 'eu-west-1', imageId: 'ami-0bbbbbbbbbbbbbbb2' };

    expect(parseCopiedFrom(formatCopiedFrom(source))).to.deep.equal(source);
  });

  it('names the copied-to key by region', () => {
    expect(copiedToKey('eu-central-1')).to.equal('copied-to:eu-central-1');
  });

  it('tells lineage keys from user keys', () => {
    expect(
      ['copied-from', 'copied-to:us-east-1', 'copied', 'Name'].map(isLineageKey),
    ).to.deep.equal([true, true, false, false]);
  });
});
