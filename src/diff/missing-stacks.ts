import type { AmiReport, CollectionError, StackEntry } from '../model/report.js';
import { isLive } from './stack-key.js';

/** The code the collector records for a stack that AWS says does not exist. */
export const STACK_NOT_FOUND = 'StackNotFound';

/** Operations whose failure leaves a region's stacks unread (not their images). */
const STACK_READ_OPERATIONS = new Set(['DescribeStacks', 'ListStacks', 'GetCallerIdentity']);

/**
 * The "stack does not exist" errors of `report` that the baseline explains: the baseline had
 * the stack, so it was deleted between the runs. Such a run is complete as far as the diff goes.
 */
export function explainedMissingStacks(report: AmiReport, baseline: AmiReport): CollectionError[] {
  const known = baseline.stacks.filter(isLive);
  return report.errors.filter((error) => known.some((stack) => isNotFoundFor(error, stack)));
}

function isNotFoundFor(error: CollectionError, stack: StackEntry): boolean {
  return error.code === STACK_NOT_FOUND && errorNamesStack(error, stack);
}

/**
 * The error that kept the current run from reading a stack, if any: one naming the stack, or
 * a stack-listing failure in its region (or with no region, such as refused credentials).
 */
export function findReadError(report: AmiReport, stack: StackEntry): CollectionError | undefined {
  if (report.errors.some((error) => isNotFoundFor(error, stack))) return undefined;

  const errors = report.errors.filter((error) => error.code !== STACK_NOT_FOUND);
  return (
    errors.find((error) => errorNamesStack(error, stack)) ??
    errors.find((error) => error.stack === undefined && coversRegion(error, stack))
  );
}

function coversRegion(error: CollectionError, stack: StackEntry): boolean {
  if (!STACK_READ_OPERATIONS.has(error.operation)) return false;

  return error.region === undefined || error.region === stack.region;
}

/** The error names the stack by name or by id, in the stack's region when it says one. */
function errorNamesStack(error: CollectionError, stack: StackEntry): boolean {
  if (error.stack === undefined) return false;
  if (error.region !== undefined && error.region !== stack.region) return false;

  return error.stack === stack.stackName || error.stack === stack.stackId;
}
