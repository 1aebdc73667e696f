import {
  CreateTagsCommand,
  DescribeImagesCommand,
  EC2Client,
  type Image,
  RegisterImageCommand,
} from '@aws-sdk/client-ec2';
import { expect } from 'chai';

import { copyAmi } from '../../src/copy/copy-ami.js';
import type { CopyAmiOptions } from '../../src/copy/copy-ami-types.js';
import { silentLogger } from '../../src/model/logger.js';
import { requireMoto } from '../helpers/moto-fixtures.js';
import { startMoto, type MotoServer } from '../helpers/moto-server.js';

const SOURCE = 'eu-west-1';
const DESTINATIONS = ['eu-central-1', 'us-east-1'];
const SOURCE_TAGS = { Name: 'app-golden', Release: '2026.11.30', Team: 'app' };

describe('copyAmi on moto_server (C17)', function () {
  let moto: MotoServer | undefined;
  const clients = new Map<string, EC2Client>();
  let sourceId = '';

  const ec2For = (region: string): EC2Client => {
    const existing = clients.get(region);
    if (existing) return existing;
    const client = new EC2Client({
      region,
      endpoint: moto?.endpoint,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    });
    clients.set(region, client);
    return client;
  };

  const copy = (options: Partial<CopyAmiOptions> = {}) =>
    copyAmi(
      { imageId: sourceId, sourceRegion: SOURCE, toRegions: DESTINATIONS, ...options },
      { ec2For, logger: silentLogger },
    );

  before(async function () {
    // pending without moto_server on a workstation, failing in CI
    requireMoto(this);
    moto = await startMoto();
  });

  beforeEach(async () => {
    await moto?.reset();
    sourceId = await registerSourceImage(ec2For(SOURCE));
  });

  after(async () => {
    for (const client of clients.values()) client.destroy();
    await moto?.stop();
  });

  it('tags each copy like the source plus copied-from, and records it on the source', async () => {
    const result = await copy();

    for (const destination of result.destinations) {
      expect(destination.action).to.equal('copied');
      const copyImage = await describeOne(ec2For(destination.region), destination.imageId ?? '');
      expect(tagsOf(copyImage)).to.deep.equal({
        ...SOURCE_TAGS,
        'copied-from': `${SOURCE}/${sourceId}`,
      });
    }
    const recorded = tagsOf(await describeOne(ec2For(SOURCE), sourceId));
    expect(recorded).to.deep.equal({
      ...SOURCE_TAGS,
      'copied-to:eu-central-1': result.destinations[0]?.imageId,
      'copied-to:us-east-1': result.destinations[1]?.imageId,
    });
  });

  it('makes no second copy when run again', async () => {
    const first = await copy();

    const second = await copy();

    expect(second.destinations).to.deep.equal(
      first.destinations.map((destination) => ({
        region: destination.region,
        imageId: destination.imageId,
        action: 'exists',
        state: 'available',
      })),
    );
    for (const region of DESTINATIONS) {
      expect(await describeOwnImages(ec2For(region))).to.have.length(1);
    }
  });

  it('recovers the copy by its copied-from tag when the source records a lost copy', async () => {
    const first = await copy({ toRegions: ['eu-central-1'] });
    await ec2For(SOURCE).send(
      new CreateTagsCommand({
        Resources: [sourceId],
        Tags: [{ Key: 'copied-to:eu-central-1', Value: 'ami-0eeeeeeeeeeeeeee5' }],
      }),
    );

    const second = await copy({ toRegions: ['eu-central-1'] });

    expect(second.destinations[0]).to.deep.include({
      imageId: first.destinations[0]?.imageId,
      action: 'recovered',
    });
    expect(await describeOwnImages(ec2For('eu-central-1'))).to.have.length(1);
  });

  it('changes nothing on a dry run', async () => {
    const before = await snapshotImages(ec2For);

    const result = await copy({ dryRun: true });

    expect(result.destinations.map((destination) => destination.action)).to.deep.equal([
      'planned',
      'planned',
    ]);
    expect(await snapshotImages(ec2For)).to.deep.equal(before);
  });

  it('waits until the copies are available', async () => {
    const result = await copy({ wait: true, waitTimeoutSeconds: 30 });

    expect(result.destinations.map((destination) => destination.state)).to.deep.equal([
      'available',
      'available',
    ]);
  });
});

async function registerSourceImage(ec2: EC2Client): Promise<string> {
  const registered = await ec2.send(
    new RegisterImageCommand({
      Name: 'app-golden-2026.11.30',
      Description: 'app golden image',
      Architecture: 'x86_64',
      RootDeviceName: '/dev/xvda',
    }),
  );
  const imageId = registered.ImageId ?? '';
  const tags = Object.entries(SOURCE_TAGS).map(([Key, Value]) => ({ Key, Value }));
  await ec2.send(new CreateTagsCommand({ Resources: [imageId], Tags: tags }));
  return imageId;
}

async function describeOne(ec2: EC2Client, imageId: string): Promise<Image> {
  const output = await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }));
  const image = output.Images?.[0];
  if (!image) throw new Error(`${imageId} is not there`);
  return image;
}

async function describeOwnImages(ec2: EC2Client): Promise<Image[]> {
  const output = await ec2.send(new DescribeImagesCommand({ Owners: ['self'] }));
  return output.Images ?? [];
}

function tagsOf(image: Image): Record<string, string | undefined> {
  return Object.fromEntries((image.Tags ?? []).map((tag) => [tag.Key ?? '', tag.Value]));
}

async function snapshotImages(ec2For: (region: string) => EC2Client) {
  const regions = [SOURCE, ...DESTINATIONS];
  const images = await Promise.all(regions.map((region) => describeOwnImages(ec2For(region))));
  return images.map((list) =>
    list
      .map((image) => ({ id: image.ImageId ?? '', tags: tagsOf(image) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  );
}
