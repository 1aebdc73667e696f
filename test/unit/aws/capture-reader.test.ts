import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import { lookupImages } from '../../../src/ami/lookup-images.js';
import { CaptureReader } from '../../../src/aws/capture-reader.js';
import { AwsError } from '../../../src/model/errors.js';
import { collectCapture } from '../../helpers/collect-capture.js';
import { tempDir } from '../../helpers/run-cli.js';

const CASE = path.join('test', 'fixtures', 'cases', 'c02');
const FOUND = 'ami-0aaaaaaaaaaaaaaa1';
const OTHER = 'ami-0bbbbbbbbbbbbbbb2';

/** The C2 stack and its eu-west-1 images, plus `errorFile` saved as eu-west-1's answer. */
function capture(errorFile: object): string {
  const folder = tempDir('capture-errors-');
  mkdirSync(folder, { recursive: true });
  copyFileSync(path.join(CASE, 'describe-stacks.json'), path.join(folder, 'describe-stacks.json'));
  copyFileSync(
    path.join(CASE, 'describe-images-eu-west-1.json'),
    path.join(folder, 'describe-images-eu-west-1.json'),
  );
  writeFileSync(
    path.join(folder, 'describe-images-eu-west-1-error.json'),
    JSON.stringify(errorFile),
  );
  return folder;
}

const denied = {
  Error: { Code: 'UnauthorizedOperation', Message: 'You are not authorized to perform this' },
};

describe('CaptureReader with a saved error response', () => {
  it('fails a call for images it did not capture with the saved error, as AWS did', async () => {
    const reader = await CaptureReader.open(capture(denied));

    const failure = await reader
      .describeImages('eu-west-1', [FOUND, OTHER])
      .catch((e: unknown) => e);
    expect(failure).to.be.instanceOf(AwsError);
    expect(failure).to.include({
      awsCode: 'UnauthorizedOperation',
      operation: 'DescribeImages',
      region: 'eu-west-1',
    });
  });

  it('answers from the captured images when they hold every id asked for', async () => {
    const reader = await CaptureReader.open(capture(denied));

    const images = await reader.describeImages('eu-west-1', [FOUND]);
    expect(images.map((image) => image.ImageId)).to.deep.equal([FOUND]);
  });

  it('keeps a saved error to its own region', async () => {
    const reader = await CaptureReader.open(capture(denied));

    expect(await reader.describeImages('us-east-1', [OTHER])).to.deep.equal([]);
  });

  it('makes denied images unknown with a recorded error, never "not found"', async () => {
    const reader = await CaptureReader.open(capture(denied));

    const lookup = await lookupImages(reader, 'eu-west-1', [FOUND, OTHER], '111122223333');
    expect(lookup.images.map((image) => [image.imageId, image.lookup])).to.deep.equal([
      [FOUND, 'unknown'],
      [OTHER, 'unknown'],
    ]);
    expect(lookup.errors).to.have.length(1);
    expect(lookup.errors[0]).to.include({ operation: 'DescribeImages', region: 'eu-west-1' });
    expect(lookup.errors[0]?.code).to.equal('UnauthorizedOperation');
  });

  it('applies a saved bad-id error only while an id it names is asked for', async () => {
    const notFound = {
      Error: { Code: 'InvalidAMIID.NotFound', Message: `The image id '[${OTHER}]' does not exist` },
    };
    const reader = await CaptureReader.open(capture(notFound));

    const lookup = await lookupImages(reader, 'eu-west-1', [FOUND, OTHER], '111122223333');
    expect(lookup.images.map((image) => [image.imageId, image.lookup])).to.deep.equal([
      [FOUND, 'found'],
      [OTHER, 'not-found'],
    ]);
    expect(lookup.errors).to.deep.equal([]);
  });

  it('refuses an error response without a code', async () => {
    const folder = capture({ Error: { Message: 'something' } });

    const failure = await CaptureReader.open(folder).catch((e: unknown) => e);
    expect(String(failure)).to.match(/describe-images-eu-west-1-error\.json holds an "Error"/);
  });
});

describe('progress while collecting a capture with a denied call', () => {
  it('counts only the images AWS answered for', async () => {
    const lines: string[] = [];
    const capture = tempDir('capture-progress-');
    copyFileSync(
      path.join(CASE, 'describe-stacks.json'),
      path.join(capture, 'describe-stacks.json'),
    );
    writeFileSync(path.join(capture, 'describe-images.json'), JSON.stringify(denied));

    await collectCapture(path.resolve(capture), {}, (line) => lines.push(line));
    expect(lines).to.include('eu-west-1: 0 images described, 1 could not be read');
  });
});
