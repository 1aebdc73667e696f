import { expect } from 'chai';

import { awsErrorCode, wrapAwsError } from '../../../src/aws/wrap-aws-error.js';

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
