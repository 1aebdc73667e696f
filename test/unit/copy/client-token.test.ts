import { expect } from 'chai';

import { makeClientToken } from '../../../src/copy/client-token.js';

describe('makeClientToken', () => {
  const source = { region: 'eu-west-1', imageId: 'ami-0bbbbbbbbbbbbbbb2' };

  it('gives the same token for the same source and destination', () => {
    expect(makeClientToken(source, 'eu-central-1')).to.equal(
      makeClientToken({ ...source }, 'eu-central-1'),
    );
  });

  it('fits the 64 characters EC2 allows', () => {
    expect(makeClientToken(source, 'eu-central-1')).to.match(/^[0-9a-f]{64}$/);
  });

  it('differs by destination, source image, source region and replaced copy', () => {
    const tokens = [
      makeClientToken(source, 'eu-central-1'),
      makeClientToken(source, 'us-east-1'),
      makeClientToken({ ...source, imageId: 'ami-0aaaaaaaaaaaaaaa1' }, 'eu-central-1'),
      makeClientToken({ ...source, region: 'eu-west-2' }, 'eu-central-1'),
      makeClientToken(source, 'eu-central-1', 'ami-0eeeeeeeeeeeeeee5'),
    ];

    expect(new Set(tokens).size).to.equal(tokens.length);
  });
});
