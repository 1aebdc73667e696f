import { readFileSync } from 'node:fs';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import {
  DescribeImagesCommand,
  EC2Client,
  EC2ServiceException,
  type Image,
} from '@aws-sdk/client-ec2';
import { mockClient, type AwsStub } from 'aws-sdk-client-mock';
import type { MetadataBearer } from '@smithy/types';
import { expect } from 'chai';

import { CallStats } from '../../../src/aws/call-stats.js';
import { ClientFactory } from '../../../src/aws/client-factory.js';
import { LiveReader } from '../../../src/aws/live-reader.js';
import { silentLogger } from '../../../src/model/logger.js';
import { collectReport, type CollectOptions } from '../../../src/pipeline/collect.js';
import { CAPTURES } from '../../helpers/collect-capture.js';
import { REPORT_CLOCK } from '../../helpers/report-builders.js';

function fixture<T>(path: string): T {
  return JSON.parse(readFileSync(`${CAPTURES}${path}`, 'utf8')) as T;
}

/** The SDK's own shapes: DescribeStacks dates are Date objects, EC2 dates are strings. */
function sdkStacks(path: string): Stack[] {
  return fixture<{ Stacks: Stack[] }>(path).Stacks.map((stack) => ({
    ...stack,
    CreationTime: new Date(stack.CreationTime as unknown as string),
    LastUpdatedTime: new Date(stack.LastUpdatedTime as unknown as string),
  }));
}

const options = (amiParameters: string[]): CollectOptions => ({
  selection: {
    stacks: ['web-prod'],
    stackTags: [],
    regions: ['eu-west-1'],
    amiParameters,
    detectByType: false,
  },
  source: { kind: 'aws', regions: ['eu-west-1'] },
});

describe('collectReport through the SDK', () => {
  // installed per suite, not at load time, and restored so that other suites get real clients
  let cfn: AwsStub<object, MetadataBearer, unknown>;
  let ec2: AwsStub<object, MetadataBearer, unknown>;
  before(() => {
    cfn = mockClient(CloudFormationClient);
    ec2 = mockClient(EC2Client);
  });
  let clients: ClientFactory;
  const stats = new CallStats();

  beforeEach(() => {
    cfn.reset();
    ec2.reset();
    clients = new ClientFactory({ stats });
  });
  afterEach(() => clients.destroy());
  after(() => {
    cfn.restore();
    ec2.restore();
  });

  const run = (amiParameters: string[] = []) =>
    collectReport(options(amiParameters), {
      reader: new LiveReader(clients),
      logger: silentLogger,
      clock: () => new Date(REPORT_CLOCK),
      generator: { name: 'stack-ami-report', version: 'test' },
    });

  it('C1: asks EC2 once for exactly the two well-formed ids', async () => {
    cfn.on(DescribeStacksCommand).resolves({ Stacks: sdkStacks('c01/describe-stacks.json') });
    ec2
      .on(DescribeImagesCommand)
      .resolves(fixture<{ Images: Image[] }>('c01/describe-images.json'));

    const report = await run(['*Ami']);

    const calls = ec2.commandCalls(DescribeImagesCommand);
    expect(calls).to.have.length(1);
    expect(calls[0]?.args[0].input.ImageIds).to.have.members([
      'ami-0aaaaaaaaaaaaaaa1',
      'ami-0bbbbbbbbbbbbbbb2',
    ]);
    expect(calls[0]?.args[0].input.ImageIds).to.have.length(2);
    expect(report.images.map((i) => i.name)).to.deep.equal([
      'web-golden-2026.11.30',
      'app-golden-2026.11.30',
    ]);
  });

  it('C13: turns SDK Date objects into ISO 8601 UTC text', async () => {
    cfn.on(DescribeStacksCommand).resolves({ Stacks: sdkStacks('c13/describe-stacks.json') });
    ec2
      .on(DescribeImagesCommand)
      .resolves(fixture<{ Images: Image[] }>('c13/describe-images.json'));

    const report = await run();

    expect(report.stacks[0]?.lastUpdatedAt).to.equal('2026-12-02T14:30:00.000Z');
    expect(report.images[0]?.createdAt).to.equal('2026-11-30T08:15:00.000Z');
  });

  it('C2: records an EC2 failure as an error entry and keeps the stack', async () => {
    cfn.on(DescribeStacksCommand).resolves({ Stacks: sdkStacks('c02/describe-stacks.json') });
    ec2.on(DescribeImagesCommand).rejects(
      new EC2ServiceException({
        name: 'UnauthorizedOperation',
        $fault: 'client',
        $metadata: {},
        message: 'denied',
      }),
    );

    const report = await run();

    expect(report.complete).to.equal(false);
    expect(report.stacks).to.have.length(1);
    expect(report.errors[0]).to.include({
      operation: 'DescribeImages',
      region: 'eu-west-1',
      code: 'UnauthorizedOperation',
    });
    expect(report.images[0]?.lookup).to.equal('unknown');
  });
});
