import type { StackEntry } from '../model/report.js';

/** The fields that name one deployment across runs: a stack id changes when it is re-created. */
export interface StackIdentity {
  accountId: string;
  region: string;
  stackName: string;
}

/** A map key for (account, region, stack name). */
export function stackKey(stack: StackIdentity): string {
  return [stack.accountId, stack.region, stack.stackName].join('\u0000');
}

/** Orders stacks by account, then region, then name, so that output is stable. */
export function compareStackIdentity(a: StackIdentity, b: StackIdentity): number {
  return (
    compareText(a.accountId, b.accountId) ||
    compareText(a.region, b.region) ||
    compareText(a.stackName, b.stackName)
  );
}

/** Deleted stacks are gone for the diff, even when a lookup by stack id still returns them. */
export function isLive(stack: StackEntry): boolean {
  return stack.deployment !== 'deleted';
}

/**
 * Whether the images a stack names run: not for a deleted stack, nor for one whose creation
 * rolled back or failed (ROLLBACK_COMPLETE and the like). Such a stack still exists and lists
 * its parameters, but its AMIs were never deployed, so the diff must not call them added or
 * changed. After an update rolled back, the previous parameters are back and do run.
 */
export function runsItsImages(stack: StackEntry): boolean {
  return isLive(stack) && stack.deployment !== 'not-deployed';
}

export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
