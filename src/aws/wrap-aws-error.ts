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
  const code = awsErrorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  if (/region is missing/i.test(text)) return new RegionMissingError();

  const where = region ? ` in ${region}` : '';
  // Node's own messages already start with their code: "connect ECONNREFUSED 127.0.0.1:9"
  const reason = text.includes(code) ? text : `${code}: ${text}`;
  return new AwsError(code, operation, region, `${operation}${where} failed: ${reason}`, {
    hint: hintForAwsCode(code),
    cause: error,
  });
}

/** What to do about an AWS error code; also used for the errors a report records. */
export function hintForAwsCode(code: string): string {
  if (NETWORK_CODES.has(code)) {
    return 'AWS could not be reached: check the network, the proxy settings or --endpoint-url';
  }
  if (CREDENTIAL_CODES.has(code)) {
    return 'check the AWS credentials (AWS_PROFILE / --profile, or renew an expired session)';
  }
  if (ACCESS_CODES.has(code)) {
    return 'grant the read-only actions listed under "IAM permissions" in the README';
  }
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
  return 'run again with --debug for the full error';
}
