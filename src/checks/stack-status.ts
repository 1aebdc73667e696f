import type { DeploymentState, Severity, StackEntry } from '../model/report.js';
import type { Check, CheckContext } from './check.js';
import type { CheckResult } from './make-finding.js';
import { makeFinding } from './make-finding.js';

const ID = 'stack-status';

export const stackStatus: Check = {
  id: ID,
  defaultSeverity: 'error',
  description:
    'The last deployment must have completed: rolled-back, never-deployed, failed and ' +
    'deleted stacks are errors; a deployment still in progress is a warning.',
  run: ({ report }: CheckContext) =>
    report.stacks.map((stack) => makeFinding({ stack }, judgeStatus(stack))),
};

const EXPLANATIONS: Record<Exclude<DeploymentState, 'deployed'>, string> = {
  'rolled-back': 'the last update rolled back, so the previous parameters are still running',
  'not-deployed': 'the stack creation rolled back, so nothing from it is deployed',
  failed: 'the deployment failed and the stack needs attention before it can be updated',
  'in-progress': 'a deployment is in progress, so the parameters shown may still change',
  deleted: 'the stack was deleted, so nothing from it is running',
};

function judgeStatus(stack: StackEntry): CheckResult {
  if (stack.deployment === 'deployed') {
    return { check: ID, severity: 'error', outcome: 'pass', message: `stack is ${stack.status}` };
  }

  const severity: Severity = stack.deployment === 'in-progress' ? 'warning' : 'error';
  const reason = stack.statusReason ? ` (${stack.statusReason})` : '';
  const explanation = EXPLANATIONS[stack.deployment];
  const message = `stack is ${stack.status}: ${explanation}${reason}`;

  return { check: ID, severity, outcome: 'fail', message };
}
