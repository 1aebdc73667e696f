import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { CloudFormationServiceException } from '@aws-sdk/client-cloudformation';
import { EC2ServiceException } from '@aws-sdk/client-ec2';
import { STSServiceException } from '@aws-sdk/client-sts';
import { expect } from 'chai';

import { ClientFactory } from '../../../src/aws/client-factory.js';
import { LiveReader } from '../../../src/aws/live-reader.js';
import { awsErrorCode, hintForAwsCode, wrapAwsError } from '../../../src/aws/wrap-aws-error.js';
import { AwsError } from '../../../src/model/errors.js';

/** What Node throws when nothing listens at the endpoint. */
function connectionRefused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
}

describe('AWS errors as the report and the user see them', () => {
  it('takes an SDK error code from its name', () => {
    const denied = Object.assign(new Error('not allowed'), { name: 'AccessDenied' });
    expect(awsErrorCode(denied)).to.equal('AccessDenied');
  });

  it('takes the system code of a network error, which has no name of its own', () => {
    expect(awsErrorCode(connectionRefused())).to.equal('ECONNREFUSED');
  });

  it('says a refused connection once, with what to check', () => {
    const error = wrapAwsError(connectionRefused(), 'DescribeStacks', 'eu-west-1');
    expect(error.message).to.equal(
      'DescribeStacks in eu-west-1 failed: connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(error.hint).to.include('--endpoint-url');
  });

  it('keeps the code in front of an AWS message', () => {
    const denied = Object.assign(new Error('User is not authorized'), { name: 'AccessDenied' });
    const error = wrapAwsError(denied, 'DescribeImages', 'us-east-1');
    expect(error.message).to.equal(
      'DescribeImages in us-east-1 failed: AccessDenied: User is not authorized',
    );
  });
});

describe('a refused call names the IAM action it needed', () => {
  function refused<E extends Error>(error: E, name: string): E {
    return Object.assign(error, { name });
  }

  /** A refusal as the SDK of that service throws it. */
  function deniedBy(
    Exception:
      | typeof EC2ServiceException
      | typeof CloudFormationServiceException
      | typeof STSServiceException,
    name: string,
    message = 'Access denied',
  ) {
    return new Exception({ name, $fault: 'client', $metadata: { httpStatusCode: 403 }, message });
  }

  it('takes the service from the SDK error and the action from the operation', () => {
    const denied = deniedBy(
      EC2ServiceException,
      'UnauthorizedOperation',
      'You are not authorized to perform this operation.',
    );

    const error = wrapAwsError(denied, 'DescribeImages', 'eu-west-1');

    expect(error.hint).to.equal(
      'grant ec2:DescribeImages to the AWS identity in use (see "IAM permissions" in the README)',
    );
  });

  it('names the CloudFormation action of a refused CloudFormation call', () => {
    const denied = deniedBy(CloudFormationServiceException, 'AccessDenied');

    expect(wrapAwsError(denied, 'GetTemplateSummary', 'eu-west-1').hint).to.contain(
      'grant cloudformation:GetTemplateSummary ',
    );
  });

  it('takes the action AWS names in its message over the operation', () => {
    const text =
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ' +
      'sts:AssumeRole on resource: arn:aws:iam::210987654321:role/report';
    const error = wrapAwsError(refused(new Error(text), 'AccessDenied'), 'DescribeStacks', 'x');

    expect(error.hint).to.contain('grant sts:AssumeRole ');
  });

  it('blames the role assumed for the call when STS refused it', () => {
    const denied = deniedBy(STSServiceException, 'AccessDenied');

    const error = wrapAwsError(denied, 'DescribeStacks', 'eu-west-1');

    expect(error.hint).to.equal(
      'grant sts:AssumeRole on the role to the AWS identity in use, and let the role trust it',
    );
  });

  it('names the action of an error the report recorded, from its operation', () => {
    const message = 'CopyImage in eu-west-1 failed: UnauthorizedOperation: You are not authorized';

    expect(hintForAwsCode('UnauthorizedOperation', { operation: 'CopyImage', message })).to.contain(
      'grant ec2:CopyImage ',
    );
    expect(hintForAwsCode('AccessDenied', { operation: 'CreateTags' })).to.contain(
      'grant ec2:CreateTags ',
    );
    expect(hintForAwsCode('AccessDenied', { operation: 'DescribeRegions' })).to.contain(
      'grant ec2:DescribeRegions ',
    );
  });

  it('names the action a recorded message names, such as a refused role', () => {
    const message =
      'DescribeStacks in eu-west-1 failed: AccessDenied: User: arn:aws:iam::1:user/ci is not ' +
      'authorized to perform: sts:AssumeRole on resource: arn:aws:iam::2:role/report';

    expect(hintForAwsCode('AccessDenied', { operation: 'DescribeStacks', message })).to.contain(
      'grant sts:AssumeRole on the role',
    );
  });

  it('falls back to the README when the operation is not known', () => {
    const error = wrapAwsError(refused(new Error('no'), 'AccessDenied'), 'ListThings', 'x');

    expect(error.hint).to.equal(
      'grant the read-only actions listed under "IAM permissions" in the README',
    );
    expect(hintForAwsCode('AccessDenied')).to.equal(error.hint);
  });
});

describe('an answer that is not AWS', () => {
  let server: Server | undefined;
  let clients: ClientFactory | undefined;
  let answer = { status: 500, body: '' };

  before(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(answer.status, { 'content-type': 'text/html' });
        response.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  });

  after(async () => {
    clients?.destroy();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  async function describeImages(status: number, body: string): Promise<AwsError> {
    answer = { status, body };
    const { port } = server?.address() as AddressInfo;
    clients?.destroy();
    clients = new ClientFactory({
      endpointUrl: `http://127.0.0.1:${port}`,
      maxAttempts: 1,
      credentials: () => Promise.resolve({ accessKeyId: 'a', secretAccessKey: 'b' }),
    });
    const reader = new LiveReader(clients);
    const error = await reader.describeImages('eu-west-1', ['ami-0aaaaaaaaaaaaaaa1']).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(AwsError);
    return error as AwsError;
  }

  it('says which status an HTML error page came with, not what the parser thought', async () => {
    const html = '<html><head><title>500</head><body>Internal Server Error</body></html>';

    const error = await describeImages(500, html);

    expect(error.message).to.equal(
      'DescribeImages in eu-west-1 failed: ' +
        'the endpoint answered HTTP 500 with a body that is not an AWS response',
    );
    expect(error.awsCode).to.equal('NotAnAwsResponse');
    expect(error.hint).to.contain('--endpoint-url');
  });

  it('says the same of a plain-text page and of an empty body', async () => {
    const text = await describeImages(502, 'Bad Gateway');
    const empty = await describeImages(503, '');

    expect(text.message).to.match(/answered HTTP 502 with a body that is not an AWS response$/);
    expect(empty.message).to.match(/answered HTTP 503 with a body that is not an AWS response$/);
  });
});
