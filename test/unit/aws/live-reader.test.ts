import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient, type AwsStub } from 'aws-sdk-client-mock';
import type { MetadataBearer } from '@smithy/types';
import { expect } from 'chai';

import { ClientFactory } from '../../../src/aws/client-factory.js';
import { LiveReader } from '../../../src/aws/live-reader.js';
import { AwsError } from '../../../src/model/errors.js';

function validationError(message: string) {
  return new CloudFormationServiceException({
    name: 'ValidationError',
    $fault: 'client',
    $metadata: {},
    message,
  });
}

describe('LiveReader', () => {
  // installed per suite, not at load time, and restored so that other suites get real clients
  let cfn: AwsStub<object, MetadataBearer, unknown>;
  let ec2: AwsStub<object, MetadataBearer, unknown>;
  before(() => {
    cfn = mockClient(CloudFormationClient);
    ec2 = mockClient(EC2Client);
  });
  let clients: ClientFactory;

  beforeEach(() => {
    cfn.reset();
    ec2.reset();
    clients = new ClientFactory({
      credentials: () => Promise.resolve({ accessKeyId: 'a', secretAccessKey: 'b' }),
    });
  });
  afterEach(() => clients.destroy());
  after(() => {
    cfn.restore();
    ec2.restore();
  });

  it('returns undefined for a stack that does not exist (C7)', async () => {
    cfn.on(DescribeStacksCommand).rejects(validationError('Stack with id web-prod does not exist'));

    const stack = await new LiveReader(clients).describeStack('eu-west-1', 'web-prod');

    expect(stack).to.equal(undefined);
  });

  it('keeps any other ValidationError an error, with operation and region', async () => {
    cfn.on(DescribeStacksCommand).rejects(validationError('1 validation error detected'));

    const error = await new LiveReader(clients).describeStack('eu-west-1', 'bad name!').then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).to.be.instanceOf(AwsError);
    expect((error as AwsError).awsCode).to.equal('ValidationError');
    expect((error as AwsError).message).to.contain('DescribeStacks in eu-west-1 failed');
  });

  it('follows every DescribeStacks page', async () => {
    cfn
      .on(DescribeStacksCommand, { NextToken: undefined })
      .resolves({
        Stacks: [
          {
            StackName: 'a',
            StackId: 'x',
            CreationTime: new Date(),
            StackStatus: 'CREATE_COMPLETE',
          },
        ],
        NextToken: 't2',
      })
      .on(DescribeStacksCommand, { NextToken: 't2' })
      .resolves({
        Stacks: [
          {
            StackName: 'b',
            StackId: 'y',
            CreationTime: new Date(),
            StackStatus: 'CREATE_COMPLETE',
          },
        ],
      });

    const stacks = await new LiveReader(clients).listStacks('eu-west-1');

    expect(stacks.map((s) => s.StackName)).to.deep.equal(['a', 'b']);
    expect(cfn.commandCalls(DescribeStacksCommand)).to.have.length(2);
  });

  it('never sends MaxResults together with ImageIds', async () => {
    ec2.on(DescribeImagesCommand).resolves({ Images: [] });

    await new LiveReader(clients).describeImages('eu-west-1', ['ami-0aaaaaaaaaaaaaaa1']);

    const input = ec2.commandCalls(DescribeImagesCommand)[0]?.args[0].input;
    expect(input).to.deep.equal({ ImageIds: ['ami-0aaaaaaaaaaaaaaa1'] });
  });
});
