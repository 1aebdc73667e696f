import type { DeploymentState } from '../model/report.js';

/**
 * What a stack status says about the parameters DescribeStacks shows. After
 * UPDATE_ROLLBACK_COMPLETE they are the previous ones again, which are the ones running; after
 * ROLLBACK_COMPLETE the stack never came up, so nothing it names is deployed.
 */
export function deploymentStateOf(status: string): DeploymentState {
  if (status === 'DELETE_COMPLETE') return 'deleted';
  if (status === 'UPDATE_ROLLBACK_COMPLETE') return 'rolled-back';
  if (['ROLLBACK_COMPLETE', 'ROLLBACK_FAILED', 'CREATE_FAILED'].includes(status)) {
    return 'not-deployed';
  }
  if (status.endsWith('_IN_PROGRESS')) return 'in-progress';
  if (status.endsWith('_FAILED')) return 'failed';
  return 'deployed';
}
