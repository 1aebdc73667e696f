import { looksLikeArn, parseStackArn } from '../ami/stack-arn.js';
import type { AmiReport, RunScope, StackEntry } from '../model/report.js';

/**
 * Whether the current run looked for this stack: its region (and account) was read, and it was
 * named or would have matched discovery. Stack tags are not in the report, so a stack outside a
 * tag filter is still taken as looked for. A report without scopes (an older one) covers all.
 */
export function wasLookedFor(report: AmiReport, stack: StackEntry): boolean {
  if (!report.scopes) return true;
  return report.scopes.some((scope) => covers(scope, stack));
}

function covers(scope: RunScope, stack: StackEntry): boolean {
  if (!scope.regions.includes(stack.region)) return false;
  if (scope.accountId !== undefined && scope.accountId !== stack.accountId) return false;
  if (scope.stacks) return scope.stacks.some((named) => names(named, stack));
  return scope.stackPrefix === undefined || stack.stackName.startsWith(scope.stackPrefix);
}

function names(named: string, stack: StackEntry): boolean {
  if (!looksLikeArn(named)) return named === stack.stackName;
  const arn = parseStackArn(named);
  return (
    named === stack.stackId || (arn?.stackName === stack.stackName && arn.region === stack.region)
  );
}
