import type { Image } from '@aws-sdk/client-ec2';
import { expect } from 'chai';

import { lookupImages } from '../../../src/ami/lookup-images.js';
import type { StackReader } from '../../../src/aws/stack-reader.js';
import { AwsError } from '../../../src/model/errors.js';

const web = 'ami-0aaaaaaaaaaaaaaa1';
const app = 'ami-0bbbbbbbbbbbbbbb2';
const gone = 'ami-0ccccccccccccccc3';
const gone2 = 'ami-0ddddddddddddddd4';

/** Answers DescribeImages as AWS does: the whole call fails when one id is unknown. */
function awsLikeReader(known: Image[], options: { nameIds?: boolean } = {}) {
  const requests: string[][] = [];
  const reader: StackReader = {
    describeStack: () => Promise.resolve(undefined),
    listStacks: () => Promise.resolve([]),
    getTemplateSummary: () => Promise.resolve(undefined),
    describeImages: (_region, ids) => {
      requests.push([...ids]);
      const unknown = ids.filter((id) => !known.some((image) => image.ImageId === id));
      if (unknown.length > 0) {
        const named = options.nameIds === false ? '' : ` '[${unknown.join(', ')}]'`;
        const error = new AwsError(
          'InvalidAMIID.NotFound',
          'DescribeImages',
          'eu-west-1',
          `The image id${named} does not exist`,
        );
        return Promise.reject(error);
      }
      // the response order is not the request order
      return Promise.resolve(known.filter((image) => ids.includes(image.ImageId ?? '')).reverse());
    },
  };
  return { reader, requests };
}

const images: Image[] = [
  { ImageId: web, Name: 'web-golden-2026.11.30', OwnerId: '111122223333' },
  { ImageId: app, Name: 'app-golden-2026.11.30', OwnerId: '111122223333' },
];

describe('lookupImages', () => {
  it('sends each id once and matches results by ImageId, not by position', async () => {
    const { reader, requests } = awsLikeReader(images);

    const result = await lookupImages(reader, 'eu-west-1', [app, web, web], '111122223333');

    expect(requests).to.deep.equal([[web, app].sort()]);
    expect(result.images.map((i) => [i.imageId, i.name])).to.deep.equal([
      [web, 'web-golden-2026.11.30'],
      [app, 'app-golden-2026.11.30'],
    ]);
  });

  it('keeps the other images when AWS fails the batch for an unknown id it names', async () => {
    const { reader, requests } = awsLikeReader(images);

    const result = await lookupImages(reader, 'eu-west-1', [web, gone, app], '111122223333');

    expect(result.images.map((i) => [i.imageId, i.lookup])).to.deep.equal([
      [web, 'found'],
      [app, 'found'],
      [gone, 'not-found'],
    ]);
    expect(result.errors).to.deep.equal([]);
    expect(requests).to.have.length(2);
  });

  it('splits the batch when the error names no id, and still finds every good image', async () => {
    const { reader } = awsLikeReader(images, { nameIds: false });

    const result = await lookupImages(reader, 'eu-west-1', [web, gone, app, gone2], '111122223333');

    const byId = Object.fromEntries(result.images.map((i) => [i.imageId, i.lookup]));
    expect(byId).to.deep.equal({
      [web]: 'found',
      [app]: 'found',
      [gone]: 'not-found',
      [gone2]: 'not-found',
    });
  });

  it('marks images not-found when the reader omits them without an error (moto)', async () => {
    const reader: StackReader = {
      ...awsLikeReader(images).reader,
      describeImages: () => Promise.resolve([images[0] as Image]),
    };

    const result = await lookupImages(reader, 'eu-west-1', [web, gone], '111122223333');

    expect(result.images.map((i) => i.lookup)).to.deep.equal(['found', 'not-found']);
  });

  it('records other errors and marks the batch unknown instead of losing it', async () => {
    const reader: StackReader = {
      ...awsLikeReader(images).reader,
      describeImages: () =>
        Promise.reject(
          new AwsError('UnauthorizedOperation', 'DescribeImages', 'eu-west-1', 'not allowed'),
        ),
    };

    const result = await lookupImages(reader, 'eu-west-1', [web], '111122223333');

    expect(result.images).to.deep.equal([
      { region: 'eu-west-1', imageId: web, lookup: 'unknown', tagsVisible: false },
    ]);
    expect(result.errors).to.deep.equal([
      {
        operation: 'DescribeImages',
        region: 'eu-west-1',
        code: 'UnauthorizedOperation',
        message: 'not allowed',
      },
    ]);
  });

  it('batches more than 100 ids into several calls', async () => {
    const many = Array.from({ length: 250 }, (_, i) => `ami-${i.toString(16).padStart(17, '0')}`);
    const known = many.map((id): Image => ({ ImageId: id }));
    const { reader, requests } = awsLikeReader(known);

    const result = await lookupImages(reader, 'eu-west-1', many, '111122223333');

    expect(requests.map((r) => r.length)).to.deep.equal([100, 100, 50]);
    expect(result.images.every((i) => i.lookup === 'found')).to.equal(true);
  });

  it('says tags are not visible for another account image that comes back untagged', async () => {
    const shared: Image = { ImageId: web, OwnerId: '444455556666', Name: 'factory' };
    const { reader } = awsLikeReader([shared]);

    const result = await lookupImages(reader, 'eu-west-1', [web], '111122223333');

    expect(result.images[0]?.tagsVisible).to.equal(false);
    expect(result.images[0]?.tags).to.equal(undefined);
  });
});
