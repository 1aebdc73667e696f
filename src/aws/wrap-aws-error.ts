import { AwsError, RegionMissingError } from '../model/errors.js';

const CREDENTIAL_CODES = new Set([
  'CredentialsProviderError',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'AuthFailure',
  'SignatureDoesNotMatch',
  'InvalidSignatureException',
]);

/** Refused credentials: every later call would fail the same way. */
export function isCredentialFailure(code: string): boolean {
  return CREDENTIAL_CODES.has(code);
}

const ACCESS_CODES = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);

/**
 * The AWS error code of an SDK v3 error: it lives in `name`, not in `code`. An error of the
 * network itself (AWS never answered) is a plain Error whose `code` says what happened.
 */
export function awsErrorCode(error: unknown): string {
  if (error instanceof AwsError) return error.awsCode;
  if (!(error instanceof Error)) return 'Unknown';
  const systemCode = (error as { code?: unknown }).code;
  if (error.name === 'Error' && typeof systemCode === 'string') return systemCode;
  return error.name || 'Error';
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * Turns whatever an SDK call threw into an AwsError that names the operation and region and
 * says what to do. Only the aws layer calls this.
 */
export function wrapAwsError(error: unknown, operation: string, region: string | undefined) {
  if (error instanceof AwsError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/region is missing/i.test(text)) return new RegionMissingError();

  const where = region ? ` in ${region}` : '';
  const foreign = foreignAnswer(error);
  if (foreign) {
    const message = `${operation}${where} failed: ${foreign.reason}`;
    return new AwsError(NOT_AN_AWS_RESPONSE, operation, region, message, {
      hint: hintForAwsCode(NOT_AN_AWS_RESPONSE),
      cause: error,
    });
  }
  const code = awsErrorCode(error);
  // Node's own messages already start with their code: "connect ECONNREFUSED 127.0.0.1:9"
  const reason = text.includes(code) ? text : `${code}: ${text}`;
  return new AwsError(code, operation, region, `${operation}${where} failed: ${reason}`, {
    hint: hintFor(code, iamActionOf(error, operation)),
    cause: error,
  });
}

/** The code of an answer that did not come from AWS, or came without AWS's error document. */
const NOT_AN_AWS_RESPONSE = 'NotAnAwsResponse';

/**
 * An answer the SDK could not read as AWS's: the HTML error page of a proxy or load balancer,
 * or a body without AWS's error in it. The SDK's text for it is an XML parser's complaint that
 * points at a hidden field; the user can act on the HTTP status instead.
 */
function foreignAnswer(error: unknown): { reason: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const fields = error as { $fault?: unknown; $metadata?: { httpStatusCode?: unknown } };
  // the SDK's own error for an answer it could not read: it keeps the response, not a $fault
  const unparsed = '$response' in error && fields.$fault === undefined;
  // an answer with no error code in its body: the SDK calls it "Unknown"
  const unnamed = fields.$fault !== undefined && error.name === 'Unknown';
  if (!unparsed && !unnamed) return undefined;

  const response = (error as { $response?: { statusCode?: unknown } }).$response;
  const status = fields.$metadata?.httpStatusCode ?? response?.statusCode;
  const answered = typeof status === 'number' ? `answered HTTP ${status}` : 'answered';
  return { reason: `the endpoint ${answered} with a body that is not an AWS response` };
}

/** The IAM service of each operation the tool calls, for the recorded errors. */
const SERVICE_OF_OPERATION: Record<string, string> = {
  DescribeStacks: 'cloudformation',
  GetTemplateSummary: 'cloudformation',
  DescribeImages: 'ec2',
  DescribeRegions: 'ec2',
  CopyImage: 'ec2',
  CreateTags: 'ec2',
  AssumeRole: 'sts',
};

/** What the caller knows of the call that failed, such as a report's recorded error. */
export interface FailedCall {
  operation?: string;
  message?: string;
}

/**
 * The IAM action a refused call needed, such as ec2:DescribeImages. AWS often names it in the
 * message; otherwise the service comes from the SDK error's class and the action from the
 * operation. A role assumed for the call fails as an STS error inside another operation.
 */
function iamActionOf(error: unknown, operation: string): string | undefined {
  const text = error instanceof Error ? error.message : '';
  const named = actionNamedIn(text);
  if (named) return named;

  const service = serviceOfError(error);
  const own = SERVICE_OF_OPERATION[operation];
  if (service === 'sts' && own !== 'sts') return 'sts:AssumeRole';
  if (service && (own === undefined || own === service)) return `${service}:${operation}`;
  return actionOfCall({ operation });
}

function actionOfCall(call: FailedCall): string | undefined {
  const named = actionNamedIn(call.message ?? '');
  if (named) return named;
  const service = call.operation ? SERVICE_OF_OPERATION[call.operation] : undefined;
  return service ? `${service}:${call.operation}` : undefined;
}

/** "User: arn:... is not authorized to perform: cloudformation:DescribeStacks on resource: ..." */
function actionNamedIn(text: string): string | undefined {
  return /not authorized to perform:?\s+([a-z0-9-]+:[A-Za-z0-9]+)/i.exec(text)?.[1];
}

/**
 * The service of an SDK error, from the shape id its client's exception class carries
 * ("smithy.ts.sdk.synthetic.com.amazonaws.ec2#EC2ServiceException"): the class name alone
 * does not survive a minifying bundler.
 */
function serviceOfError(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const shapeId: unknown = (error.constructor as { shapeId?: unknown } | undefined)?.shapeId;
  if (typeof shapeId !== 'string') return undefined;
  return /(?:^|\.)com\.amazonaws\.([a-z0-9-]+)#/.exec(shapeId)?.[1];
}

/**
 * What to do about an AWS error code; also used for the errors a report records, whose
 * operation and message let a refusal name the IAM action it needed.
 */
export function hintForAwsCode(code: string, call: FailedCall = {}): string {
  return hintFor(code, actionOfCall(call));
}

function hintFor(code: string, action: string | undefined): string {
  if (NETWORK_CODES.has(code)) {
    return 'AWS could not be reached: check the network, the proxy settings or --endpoint-url';
  }
  if (CREDENTIAL_CODES.has(code)) {
    return 'check the AWS credentials (AWS_PROFILE / --profile, or renew an expired session)';
  }
  if (ACCESS_CODES.has(code)) return accessHint(action);
  if (/Throttl|RequestLimitExceeded|TooManyRequests/.test(code)) {
    return 'AWS kept throttling; raise --max-attempts or run again later';
  }
  if (code === 'TimeoutError' || code === 'RequestTimeout') {
    return 'AWS did not answer in time; check the network or raise --timeout';
  }
  if (code === 'Timeout') return 'raise --timeout, or narrow the selection';
  if (code === 'StackNotFound') {
    return 'check the stack name and --region; a deleted stack is found only by its stack id';
  }
  if (code === NOT_AN_AWS_RESPONSE) {
    return 'the answer may not come from AWS: check --endpoint-url and the proxy settings';
  }
  return 'run again with --debug for the full error';
}

function accessHint(action: string | undefined): string {
  if (action === undefined) {
    return 'grant the read-only actions listed under "IAM permissions" in the README';
  }
  if (action.startsWith('sts:AssumeRole')) {
    return `grant ${action} on the role to the AWS identity in use, and let the role trust it`;
  }
  return `grant ${action} to the AWS identity in use (see "IAM permissions" in the README)`;
}
