import { expect } from 'chai';

import { isAmiId, parseAmiValue } from '../../../src/ami/ami-id.js';

describe('parseAmiValue', () => {
  const cases: [string | undefined, ReturnType<typeof parseAmiValue>][] = [
    ['ami-0aaaaaaaaaaaaaaa1', { state: 'resolved', imageIds: ['ami-0aaaaaaaaaaaaaaa1'] }],
    [' ami-0bbbbbbbbbbbbbbb2 ', { state: 'resolved', imageIds: ['ami-0bbbbbbbbbbbbbbb2'] }],
    ['ami-12345678', { state: 'resolved', imageIds: ['ami-12345678'] }],
    [
      'ami-0aaaaaaaaaaaaaaa1, ami-12345678,ami-0aaaaaaaaaaaaaaa1',
      { state: 'resolved', imageIds: ['ami-0aaaaaaaaaaaaaaa1', 'ami-12345678'] },
    ],
    ['', { state: 'not-set', imageIds: [] }],
    [undefined, { state: 'not-set', imageIds: [] }],
    ['   ', { state: 'not-set', imageIds: [] }],
    ['****', { state: 'hidden', imageIds: [] }],
    ['ami-xyz', { state: 'invalid', imageIds: [], invalidValue: 'ami-xyz' }],
    ['/golden/web/latest', { state: 'invalid', imageIds: [], invalidValue: '/golden/web/latest' }],
    [
      'AMI-0AAAAAAAAAAAAAAA1',
      { state: 'invalid', imageIds: [], invalidValue: 'AMI-0AAAAAAAAAAAAAAA1' },
    ],
    [
      'ami-0aaaaaaaaaaaaaaa1,ami-xyz',
      { state: 'invalid', imageIds: [], invalidValue: 'ami-0aaaaaaaaaaaaaaa1,ami-xyz' },
    ],
  ];

  for (const [input, expected] of cases) {
    it(`reads ${JSON.stringify(input)} as ${expected.state}`, () => {
      expect(parseAmiValue(input)).to.deep.equal(expected);
    });
  }
});

describe('isAmiId', () => {
  it('accepts 8 and 17 hex digits only', () => {
    expect(isAmiId('ami-12345678')).to.equal(true);
    expect(isAmiId('ami-0123456789abcdef0')).to.equal(true);
    expect(isAmiId('ami-123456789')).to.equal(false);
    expect(isAmiId('ami-0123456789abcdefg')).to.equal(false);
  });
});
