import type { StackEntry } from '../../model/report.js';

const NOT_DEPLOYED_BY_STATUS: Record<string, string> = {
  ROLLBACK_COMPLETE: 'not deployed (creation rolled back)',
  ROLLBACK_FAILED: 'not deployed (creation failed and its rollback failed)',
  CREATE_FAILED: 'not deployed (creation failed)',
};

/**
 * Why the images a stack names do not run, or undefined when they do. A stack whose creation
 * rolled back still lists its parameters, but nothing it names was ever deployed; a stack read
 * back by its id after deletion runs nothing either. An update that rolled back is different:
 * the previous parameters are back, and those images run.
 */
export function describeNotRunning(stack: StackEntry): string | undefined {
  if (stack.deployment === 'deleted') return 'deleted (the stack no longer exists)';
  if (stack.deployment !== 'not-deployed') return undefined;

  return NOT_DEPLOYED_BY_STATUS[stack.status] ?? 'not deployed (the stack never finished creating)';
}
