import { awsErrorCode, wrapAwsError } from '../aws/wrap-aws-error.js';
import { AwsError } from '../model/errors.js';

const ACCESS_CODES = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);

export const COPY_POLICY_HINT =
  'grant the actions in examples/iam/copy-policy.json to the role that copies';

/**
 * Runs one SDK call and turns what it throws into an AwsError naming the operation and region.
 * AWS's own message is kept word for word: for a refused copy it is the only explanation.
 */
export async function callAws<T>(
  operation: string,
  region: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw withCopyHint(wrapAwsError(error, operation, region));
  }
}

/** True when the error carries this AWS error code. */
export function hasAwsCode(error: unknown, code: string): boolean {
  return awsErrorCode(error) === code;
}

function withCopyHint<E extends Error>(error: E): E | AwsError {
  if (!(error instanceof AwsError) || !ACCESS_CODES.has(error.awsCode)) return error;

  return new AwsError(error.awsCode, error.operation, error.region, error.message, {
    hint: COPY_POLICY_HINT,
    cause: error.cause,
  });
}
