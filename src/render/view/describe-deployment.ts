import type { DeploymentState } from '../../model/report.js';
import type { Tone } from './report-view.js';

const DEPLOYMENT_TEXT: Record<DeploymentState, { text: string; tone: Tone }> = {
  deployed: { text: 'deployed', tone: 'good' },
  'rolled-back': {
    text: 'last update rolled back; the previous parameters are running',
    tone: 'warning',
  },
  'not-deployed': { text: 'not deployed (the stack never finished creating)', tone: 'bad' },
  failed: { text: 'failed', tone: 'bad' },
  'in-progress': { text: 'in progress (the parameters may still change)', tone: 'warning' },
  deleted: { text: 'deleted', tone: 'neutral' },
};

/** What the stack's deployment state means for the AMIs shown, in words. */
export function describeDeployment(state: DeploymentState): { text: string; tone: Tone } {
  return DEPLOYMENT_TEXT[state] ?? { text: String(state), tone: 'neutral' };
}
