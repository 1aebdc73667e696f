import { AwsError } from '../model/errors.js';
import type { StackReader } from './stack-reader.js';

/**
 * A reader whose calls fail with a `Timeout` AwsError once the deadline has passed, so that a
 * run under `--timeout` still ends with a report of what was read and of what was not.
 */
export function readerWithDeadline(
  reader: StackReader,
  seconds: number | undefined,
  onExpiry: () => void = () => undefined,
): StackReader {
  if (seconds === undefined) return reader;
  const deadline = Date.now() + seconds * 1000;

  const guard = <T>(operation: string, region: string, call: () => Promise<T>): Promise<T> => {
    const left = deadline - Date.now();
    if (left <= 0) return Promise.reject(timeoutError(operation, region, seconds));
    let timer: NodeJS.Timeout | undefined;
    const expiry = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(timeoutError(operation, region, seconds));
        onExpiry();
      }, left);
    });
    return Promise.race([call(), expiry]).finally(() => clearTimeout(timer));
  };

  return {
    describeStack: (region, stack) =>
      guard('DescribeStacks', region, () => reader.describeStack(region, stack)),
    listStacks: (region) => guard('DescribeStacks', region, () => reader.listStacks(region)),
    describeImages: (region, ids) =>
      guard('DescribeImages', region, () => reader.describeImages(region, ids)),
    getTemplateSummary: (region, stackId) =>
      guard('GetTemplateSummary', region, () => reader.getTemplateSummary(region, stackId)),
  };
}

function timeoutError(operation: string, region: string, seconds: number): AwsError {
  return new AwsError(
    'Timeout',
    operation,
    region,
    `${operation} in ${region} was not answered within the ${seconds} s --timeout`,
    { hint: 'raise --timeout, or narrow the selection' },
  );
}
