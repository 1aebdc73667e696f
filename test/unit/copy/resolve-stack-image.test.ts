import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStacksCommand,
  type Parameter,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { expect } from 'chai';

import { resolveStackImage } from '../../../src/copy/resolve-stack-image.js';
import { AwsError, InputError } from '../../../src/model/errors.js';

function aStackWith(parameters: Parameter[]) {
  const cfn = new CloudFormationClient({ region: 'eu-west-1' });
  mockClient(cfn)
    .on(DescribeStacksCommand, { StackName: 'web-prod' })
    .resolves({
      Stacks: [
        {
          StackName: 'web-prod',
          CreationTime: new Date('2026-11-30T09:00:00Z'),
          StackStatus: 'UPDATE_COMPLETE',
          Parameters: parameters,
        },
      ],
    });
  return cfn;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('resolveStackImage', () => {
  it('gives the AMI id a plain parameter holds', async () => {
    const cfn = aStackWith([{ ParameterKey: 'WebAmi', ParameterValue: 'ami-0aaaaaaaaaaaaaaa1' }]);

    const imageId = await resolveStackImage({ cfn, stack: 'web-prod', parameterKey: 'WebAmi' });

    expect(imageId).to.equal('ami-0aaaaaaaaaaaaaaa1');
  });

  it('gives the resolved value of an SSM-typed parameter', async () => {
    const cfn = aStackWith([
      {
        ParameterKey: 'WebAmi',
        ParameterValue: '/golden/web/latest',
        ResolvedValue: 'ami-0bbbbbbbbbbbbbbb2',
      },
    ]);

    const imageId = await resolveStackImage({ cfn, stack: 'web-prod', parameterKey: 'WebAmi' });

    expect(imageId).to.equal('ami-0bbbbbbbbbbbbbbb2');
  });

  it('names the parameters there are when the key is missing', async () => {
    const cfn = aStackWith([
      { ParameterKey: 'WorkerAmi', ParameterValue: 'ami-0aaaaaaaaaaaaaaa1' },
      { ParameterKey: 'Env', ParameterValue: 'prod' },
    ]);

    const error = await rejectionOf(
      resolveStackImage({ cfn, stack: 'web-prod', parameterKey: 'WebAmi' }),
    );

    expect(error).to.be.instanceOf(InputError);
    expect(error).to.include({
      message: 'stack web-prod has no parameter WebAmi',
      hint: 'its parameters are: Env, WorkerAmi',
    });
  });

  it('refuses a NoEcho parameter', async () => {
    const cfn = aStackWith([{ ParameterKey: 'WebAmi', ParameterValue: '****' }]);

    const error = await rejectionOf(
      resolveStackImage({ cfn, stack: 'web-prod', parameterKey: 'WebAmi' }),
    );

    expect(error).to.be.instanceOf(InputError);
    expect((error as Error).message).to.equal(
      'parameter WebAmi of stack web-prod is NoEcho; its value cannot be read',
    );
  });

  it('refuses a value that is not an AMI id', async () => {
    const cfn = aStackWith([{ ParameterKey: 'WebAmi', ParameterValue: 'ami-xyz' }]);

    const error = await rejectionOf(
      resolveStackImage({ cfn, stack: 'web-prod', parameterKey: 'WebAmi' }),
    );

    expect(error).to.be.instanceOf(InputError);
    expect((error as Error).message).to.equal(
      'parameter WebAmi of stack web-prod holds "ami-xyz", which is not an AMI id',
    );
  });

  it('says a missing stack does not exist, as an input error naming stack and region', async () => {
    const cfn = new CloudFormationClient({ region: 'eu-west-1' });
    const missing = new CloudFormationServiceException({
      name: 'ValidationError',
      $fault: 'client',
      $metadata: {},
      message: 'Stack with id web-prod does not exist',
    });
    mockClient(cfn).on(DescribeStacksCommand).rejects(missing);

    const error = await rejectionOf(
      resolveStackImage({ cfn, stack: 'web-prod', parameterKey: 'WebAmi' }),
    );

    expect(error).to.be.instanceOf(InputError);
    expect((error as Error).message).to.equal('stack web-prod does not exist in eu-west-1');
  });

  it('keeps any other DescribeStacks failure an AWS error with operation and region', async () => {
    const cfn = new CloudFormationClient({ region: 'eu-west-1' });
    const denied = new CloudFormationServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      $metadata: {},
      message: 'not allowed',
    });
    mockClient(cfn).on(DescribeStacksCommand).rejects(denied);

    const error = await rejectionOf(
      resolveStackImage({ cfn, stack: 'web-prod', parameterKey: 'WebAmi' }),
    );

    expect(error).to.be.instanceOf(AwsError);
    expect(error).to.include({
      awsCode: 'AccessDenied',
      operation: 'DescribeStacks',
      region: 'eu-west-1',
    });
  });
});
