import { readFileSync } from 'node:fs';

import {
  CopyImageCommand,
  type CopyImageCommandInput,
  CreateTagsCommand,
  DescribeImagesCommand,
} from '@aws-sdk/client-ec2';
import { expect } from 'chai';

import { copyAmi } from '../../../src/copy/copy-ami.js';
import type { CopyAmiOptions } from '../../../src/copy/copy-ami-types.js';
import { makeClientToken } from '../../../src/copy/client-token.js';
import { AwsError, InputError, ReportError, UsageError } from '../../../src/model/errors.js';
import type { Logger } from '../../../src/model/logger.js';
import { anAwsError, FakeEc2, loadImageFixture, SOURCE_ID } from './fake-ec2.js';

const SOURCE = 'eu-west-1';
const DEST = 'eu-central-1';
const OTHER = 'us-east-1';

interface RecordingLogger extends Logger {
  lines: string[];
}

function aRecordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const record = (message: string) => {
    lines.push(message);
  };
  return { lines, debug: () => undefined, info: record, warn: record };
}

function readToolConfig(name: string): { to: string; kmsKeyId: string } {
  const url = new URL(`../../fixtures/cases/c18/${name}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { copy: { to: string; kmsKeyId: string } }).copy;
}

function aWorld(fixture = 'c17/source-image-eu-west-1.json'): FakeEc2 {
  const world = new FakeEc2([SOURCE, DEST, OTHER]);
  world.add(SOURCE, loadImageFixture(fixture));
  return world;
}

function run(world: FakeEc2, options: Partial<CopyAmiOptions> = {}, logger = aRecordingLogger()) {
  const sleeps: number[] = [];
  let now = Date.parse('2026-12-03T12:00:00Z');
  const deps = {
    ec2For: world.ec2For,
    logger,
    sleep: async (milliseconds: number) => {
      sleeps.push(milliseconds);
      now += milliseconds;
    },
    clock: () => new Date(now),
  };
  const promise = copyAmi(
    { imageId: SOURCE_ID, sourceRegion: SOURCE, toRegions: [DEST], ...options },
    deps,
  );
  return { promise, sleeps, logger };
}

function copyRequests(world: FakeEc2, region = DEST): CopyImageCommandInput[] {
  return world
    .stub(region)
    .commandCalls(CopyImageCommand)
    .map((call) => call.args[0].input);
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('copyAmi', () => {
  describe('a first copy (C17)', () => {
    it('sends the source name, description and user tags with CopyImage', async () => {
      const world = aWorld();
      world.find(SOURCE, SOURCE_ID)!.Description = 'app golden image';

      await run(world).promise;

      const [request] = copyRequests(world);
      expect(request).to.deep.include({
        SourceRegion: SOURCE,
        SourceImageId: SOURCE_ID,
        Name: 'app-golden-2026.11.30',
        Description: 'app golden image',
        ClientToken: makeClientToken({ region: SOURCE, imageId: SOURCE_ID }, DEST),
      });
      const tags = [
        { Key: 'Name', Value: 'app-golden' },
        { Key: 'Release', Value: '2026.11.30' },
        { Key: 'Team', Value: 'app' },
        { Key: 'copied-from', Value: `${SOURCE}/${SOURCE_ID}` },
      ];
      expect(request?.TagSpecifications).to.deep.equal([
        { ResourceType: 'image', Tags: tags },
        { ResourceType: 'snapshot', Tags: tags },
      ]);
    });

    it('records the copy on the source and reports it as copied', async () => {
      const world = aWorld();

      const result = await run(world).promise;

      const copyId = result.destinations[0]?.imageId ?? '';
      expect(result).to.deep.equal({
        source: { region: SOURCE, imageId: SOURCE_ID, name: 'app-golden-2026.11.30' },
        destinations: [{ region: DEST, imageId: copyId, action: 'copied', state: 'pending' }],
      });
      expect(world.tagsOf(SOURCE, SOURCE_ID)).to.include({ [`copied-to:${DEST}`]: copyId });
    });

    it('leaves aws: tags and the source lineage off the copy', async () => {
      const world = aWorld();
      world
        .find(SOURCE, SOURCE_ID)!
        .Tags!.push(
          { Key: 'aws:cloudformation:stack-name', Value: 'image-factory' },
          { Key: 'copied-from', Value: 'us-west-2/ami-0aaaaaaaaaaaaaaa1' },
          { Key: 'copied-to:us-east-1', Value: 'ami-0ddddddddddddddd4' },
        );

      await run(world).promise;

      const keys = copyRequests(world)[0]?.TagSpecifications?.[0]?.Tags?.map((tag) => tag.Key);
      expect(keys).to.deep.equal(['Name', 'Release', 'Team', 'copied-from']);
    });

    it('adds the tags with CreateTags when the copy came without them', async () => {
      const world = aWorld();
      world.dropCopyTags = true;

      const result = await run(world).promise;

      const copyId = result.destinations[0]?.imageId ?? '';
      expect(world.tagsOf(DEST, copyId)).to.deep.equal({
        Name: 'app-golden',
        Release: '2026.11.30',
        Team: 'app',
        'copied-from': `${SOURCE}/${SOURCE_ID}`,
      });
    });

    it('does not tag the copy again when CopyImage applied the tags', async () => {
      const world = aWorld();

      await run(world).promise;

      expect(world.stub(DEST).commandCalls(CreateTagsCommand)).to.have.length(0);
    });

    it('copies once to each distinct destination, in region order', async () => {
      const world = aWorld();

      const result = await run(world, { toRegions: [OTHER, DEST, OTHER] }).promise;

      expect(result.destinations.map((destination) => destination.region)).to.deep.equal([
        DEST,
        OTHER,
      ]);
      expect(copyRequests(world, DEST)).to.have.length(1);
      expect(copyRequests(world, OTHER)).to.have.length(1);
    });

    it('logs one line per destination', async () => {
      const world = aWorld();
      const logger = aRecordingLogger();

      await run(world, { toRegions: [DEST, OTHER] }, logger).promise;

      expect(logger.lines).to.deep.equal([
        `${DEST}: copied to ami-0c0c0c0c0c0c0c0c1 (pending)`,
        `${OTHER}: copied to ami-0c0c0c0c0c0c0c0c2 (pending)`,
      ]);
    });
  });

  describe('encryption (C18)', () => {
    it('sends Encrypted and the destination key from a good config', async () => {
      const world = aWorld('c18/source-image-encrypted.json');
      const config = readToolConfig('tool-config-good.json');

      await run(world, { toRegions: [config.to], kmsKeyId: config.kmsKeyId }).promise;

      expect(copyRequests(world)[0]).to.deep.include({
        Encrypted: true,
        KmsKeyId: 'arn:aws:kms:eu-central-1:111122223333:key/0b0b0b0b-0000-4000-8000-000000000002',
      });
    });

    it('refuses a key from another region before any call, naming both regions', async () => {
      const world = aWorld('c18/source-image-encrypted.json');
      const config = readToolConfig('tool-config-wrong-region-key.json');

      const error = await rejectionOf(
        run(world, { toRegions: [config.to], kmsKeyId: config.kmsKeyId }).promise,
      );

      expect(error).to.be.instanceOf(UsageError);
      expect((error as Error).message).to.match(
        /is in eu-west-1, but the copy goes to eu-central-1/,
      );
      expect(world.stub(SOURCE).commandCalls(DescribeImagesCommand)).to.have.length(0);
      expect(copyRequests(world)).to.have.length(0);
    });

    it('keeps an encrypted source encrypted under the default key without a key', async () => {
      const world = aWorld('c18/source-image-encrypted.json');

      await run(world).promise;

      const request = copyRequests(world)[0];
      expect(request?.Encrypted).to.equal(true);
      expect(request).not.to.have.property('KmsKeyId');
    });

    it('leaves Encrypted out for an unencrypted source', async () => {
      const world = aWorld();

      await run(world).promise;

      expect(copyRequests(world)[0]).not.to.have.property('Encrypted');
    });

    it('shows the AWS message as it is when EC2 refuses the copy', async () => {
      const world = aWorld('c18/source-image-encrypted.json');
      const url = new URL(
        '../../fixtures/cases/c18/aws-error-unencrypted-copy.json',
        import.meta.url,
      );
      const fixture = JSON.parse(readFileSync(url, 'utf8')) as {
        Error: { Code: string; Message: string };
      };
      world
        .stub(DEST)
        .on(CopyImageCommand)
        .rejects(anAwsError(fixture.Error.Code, fixture.Error.Message));

      const error = await rejectionOf(run(world).promise);

      expect(error).to.be.instanceOf(AwsError);
      expect(error).to.include({ awsCode: 'InvalidRequest', operation: 'CopyImage', region: DEST });
      expect((error as Error).message).to.equal(
        `CopyImage in ${DEST} failed: InvalidRequest: ${fixture.Error.Message}`,
      );
      expect(world.tagsOf(SOURCE, SOURCE_ID)).not.to.have.property(`copied-to:${DEST}`);
    });
  });

  describe('a repeated run', () => {
    it('does nothing when the recorded copy exists', async () => {
      const world = aWorld();
      const first = await run(world).promise;
      world.stub(DEST).resetHistory();
      world.stub(SOURCE).resetHistory();

      const second = await run(world).promise;

      expect(second.destinations).to.deep.equal([
        {
          region: DEST,
          imageId: first.destinations[0]?.imageId,
          action: 'exists',
          state: 'pending',
        },
      ]);
      expect(world.mutatingCalls()).to.equal(0);
      expect(world.inRegion(DEST)).to.have.length(1);
    });

    it('replaces a recorded copy that no longer exists, with a new token', async () => {
      const world = aWorld();
      world.find(SOURCE, SOURCE_ID)!.Tags!.push({
        Key: `copied-to:${DEST}`,
        Value: 'ami-0eeeeeeeeeeeeeee5',
      });

      const result = await run(world).promise;

      const copyId = result.destinations[0]?.imageId ?? '';
      expect(result.destinations[0]).to.deep.include({
        action: 'replaced-stale',
        note: 'recorded copy ami-0eeeeeeeeeeeeeee5 no longer exists',
      });
      expect(copyRequests(world)[0]?.ClientToken).to.equal(
        makeClientToken({ region: SOURCE, imageId: SOURCE_ID }, DEST, 'ami-0eeeeeeeeeeeeeee5'),
      );
      expect(world.tagsOf(SOURCE, SOURCE_ID)).to.include({ [`copied-to:${DEST}`]: copyId });
    });

    it('recovers a copy left unrecorded by a run that stopped after copying', async () => {
      const world = aWorld();
      world.add(DEST, {
        ImageId: 'ami-0fffffffffffffff6',
        Name: 'app-golden-2026.11.30',
        Tags: [{ Key: 'copied-from', Value: `${SOURCE}/${SOURCE_ID}` }],
      });

      const result = await run(world).promise;

      expect(result.destinations).to.deep.equal([
        { region: DEST, imageId: 'ami-0fffffffffffffff6', action: 'recovered', state: 'available' },
      ]);
      expect(copyRequests(world)).to.have.length(0);
      expect(world.tagsOf(SOURCE, SOURCE_ID)).to.include({
        [`copied-to:${DEST}`]: 'ami-0fffffffffffffff6',
      });
      expect(world.tagsOf(DEST, 'ami-0fffffffffffffff6')).to.include({ Release: '2026.11.30' });
    });

    it('looks for unrecorded copies among its own images, deprecated ones included', async () => {
      const world = aWorld();

      await run(world).promise;

      const lookups = world.stub(DEST).commandCalls(DescribeImagesCommand);
      expect(lookups[0]?.args[0].input).to.deep.equal({
        Owners: ['self'],
        IncludeDeprecated: true,
        Filters: [{ Name: 'tag:copied-from', Values: [`${SOURCE}/${SOURCE_ID}`] }],
        NextToken: undefined,
      });
    });
  });

  describe('a duplicate name', () => {
    it('takes over the image holding the name when it is a copy of this source', async () => {
      const world = aWorld();
      world.add(DEST, {
        ImageId: 'ami-0fffffffffffffff6',
        Name: 'app-golden-2026.11.30',
        Tags: [{ Key: 'copied-from', Value: `${SOURCE}/${SOURCE_ID}` }],
      });
      // the tag lookup misses it, as it would while EC2's tag index lags behind
      world
        .stub(DEST)
        .on(DescribeImagesCommand, {
          Filters: [{ Name: 'tag:copied-from', Values: [`${SOURCE}/${SOURCE_ID}`] }],
        })
        .resolves({ Images: [] });
      world.stub(DEST).on(CopyImageCommand).rejects(anAwsError('InvalidAMIName.Duplicate'));

      const result = await run(world).promise;

      expect(result.destinations[0]).to.deep.include({
        imageId: 'ami-0fffffffffffffff6',
        action: 'recovered',
      });
      expect(copyRequests(world)).to.have.length(1);
      expect(world.tagsOf(SOURCE, SOURCE_ID)).to.include({
        [`copied-to:${DEST}`]: 'ami-0fffffffffffffff6',
      });
    });

    it('fails clearly when another image holds the name', async () => {
      const world = aWorld();
      world.add(DEST, {
        ImageId: 'ami-0fffffffffffffff6',
        Name: 'app-golden-2026.11.30',
        Tags: [],
      });
      world.stub(DEST).on(CopyImageCommand).rejects(anAwsError('InvalidAMIName.Duplicate'));

      const error = await rejectionOf(run(world).promise);

      expect(error).to.be.instanceOf(AwsError);
      expect((error as Error).message).to.equal(
        `cannot copy ${SOURCE_ID} to ${DEST}: image ami-0fffffffffffffff6 there already has ` +
          'the name "app-golden-2026.11.30" and is not a copy made by this tool',
      );
      expect((error as AwsError).hint).to.equal(
        `deregister or rename ami-0fffffffffffffff6 in ${DEST}, then run again`,
      );
    });
  });

  describe('waiting', () => {
    it('polls until every copy is available, logging progress', async () => {
      const world = aWorld();
      let reads = 0;
      world
        .stub(DEST)
        .on(DescribeImagesCommand, { ImageIds: ['ami-0c0c0c0c0c0c0c0c1'] })
        .callsFake(() => {
          reads += 1;
          const state = reads < 3 ? 'pending' : 'available';
          return { Images: [{ ImageId: 'ami-0c0c0c0c0c0c0c0c1', State: state }] };
        });
      const logger = aRecordingLogger();

      const { promise, sleeps } = run(world, { wait: true }, logger);
      const result = await promise;

      expect(result.destinations[0]?.state).to.equal('available');
      expect(sleeps).to.deep.equal([15_000, 15_000]);
      expect(logger.lines.slice(1)).to.deep.equal([
        `waiting for copies (15 s): ${DEST} ami-0c0c0c0c0c0c0c0c1 pending`,
        `waiting for copies (30 s): ${DEST} ami-0c0c0c0c0c0c0c0c1 available`,
      ]);
    });

    it('times out naming the copies still pending', async () => {
      const world = aWorld();

      const error = await rejectionOf(run(world, { wait: true, waitTimeoutSeconds: 40 }).promise);

      expect(error).to.be.instanceOf(ReportError);
      expect(error).to.include({ code: 'TIMEOUT' });
      expect((error as Error).message).to.equal(
        `copies still pending after 40 s: ${DEST} ami-0c0c0c0c0c0c0c0c1`,
      );
    });

    it('fails naming the reason EC2 gives for a failed copy', async () => {
      const world = aWorld();
      world
        .stub(DEST)
        .on(DescribeImagesCommand, { ImageIds: ['ami-0c0c0c0c0c0c0c0c1'] })
        .resolves({
          Images: [
            {
              ImageId: 'ami-0c0c0c0c0c0c0c0c1',
              State: 'failed',
              StateReason: { Code: 'Client.InternalError', Message: 'Copy of snapshot failed' },
            },
          ],
        });

      const error = await rejectionOf(run(world, { wait: true }).promise);

      expect(error).to.be.instanceOf(AwsError);
      expect((error as Error).message).to.equal(
        `copy failed: ami-0c0c0c0c0c0c0c0c1 in ${DEST}: Copy of snapshot failed`,
      );
    });

    it('does not wait unless asked', async () => {
      const world = aWorld();

      const { promise, sleeps } = run(world);
      await promise;

      expect(sleeps).to.deep.equal([]);
    });
  });

  describe('a dry run', () => {
    it('plans the copy and changes nothing', async () => {
      const world = aWorld();

      const result = await run(world, { dryRun: true, toRegions: [DEST, OTHER] }).promise;

      expect(world.mutatingCalls()).to.equal(0);
      expect(result.destinations).to.deep.equal([
        {
          region: DEST,
          action: 'planned',
          note: `would copy ${SOURCE_ID} as "app-golden-2026.11.30"`,
        },
        {
          region: OTHER,
          action: 'planned',
          note: `would copy ${SOURCE_ID} as "app-golden-2026.11.30"`,
        },
      ]);
    });

    it('plans to record an unrecorded copy instead of copying again', async () => {
      const world = aWorld();
      world.add(DEST, {
        ImageId: 'ami-0fffffffffffffff6',
        Tags: [{ Key: 'copied-from', Value: `${SOURCE}/${SOURCE_ID}` }],
      });

      const result = await run(world, { dryRun: true }).promise;

      expect(world.mutatingCalls()).to.equal(0);
      expect(result.destinations[0]).to.deep.include({
        imageId: 'ami-0fffffffffffffff6',
        action: 'planned',
        note: 'would record this copy, left by an interrupted run, on the source',
      });
    });

    it('names the key an encrypted copy would use', async () => {
      const world = aWorld('c18/source-image-encrypted.json');

      const result = await run(world, { dryRun: true }).promise;

      expect(result.destinations[0]?.note).to.equal(
        `would copy ${SOURCE_ID} as "app-golden-2026.11.30", encrypted with the default EBS key`,
      );
    });
  });

  describe('refused input', () => {
    it('refuses the source region as a destination before any call', async () => {
      const world = aWorld();

      const error = await rejectionOf(run(world, { toRegions: [DEST, SOURCE] }).promise);

      expect(error).to.be.instanceOf(UsageError);
      expect((error as Error).message).to.equal(
        '--to-region eu-west-1 is the source region itself',
      );
      expect(world.stub(SOURCE).calls()).to.have.length(0);
    });

    it('refuses an empty destination list', async () => {
      const error = await rejectionOf(run(aWorld(), { toRegions: [' '] }).promise);

      expect(error).to.be.instanceOf(UsageError);
      expect((error as Error).message).to.equal('no destination region is set');
    });

    it('refuses a malformed image id', async () => {
      const error = await rejectionOf(run(aWorld(), { imageId: 'ami-xyz' }).promise);

      expect(error).to.be.instanceOf(UsageError);
    });

    it('says so when the source image is not in the source region', async () => {
      const error = await rejectionOf(run(aWorld(), { imageId: 'ami-0aaaaaaaaaaaaaaa1' }).promise);

      expect(error).to.be.instanceOf(InputError);
      expect((error as Error).message).to.equal(
        'image ami-0aaaaaaaaaaaaaaa1 does not exist in eu-west-1',
      );
    });

    it('points at the copy policy when AWS denies an action', async () => {
      const world = aWorld();
      world.stub(DEST).on(CopyImageCommand).rejects(anAwsError('UnauthorizedOperation', 'denied'));

      const error = await rejectionOf(run(world).promise);

      expect(error).to.be.instanceOf(AwsError);
      expect((error as AwsError).hint).to.match(/examples\/iam\/copy-policy\.json/);
    });
  });
});
