import type { Outcome, Severity } from '../model/report.js';
import type { Check, CheckContext } from './check.js';
import { makeFinding } from './make-finding.js';
import type { FoundImageRow } from './report-rows.js';
import { listFoundImageRows } from './report-rows.js';

const ID = 'image-state';

interface StateVerdict {
  severity: Severity;
  outcome: Outcome;
  message: string;
}

export const imageState: Check = {
  id: ID,
  defaultSeverity: 'error',
  description:
    'The image must be available: pending is a warning, failed (with its reason) and other ' +
    'unusable states are errors.',
  run: ({ report }: CheckContext) =>
    listFoundImageRows(report).map((row) => makeFinding(row, { check: ID, ...judgeState(row) })),
};

function judgeState({ image }: FoundImageRow): StateVerdict {
  const state = image.state;
  if (state === undefined) {
    return { severity: 'error', outcome: 'skip', message: 'EC2 did not report the image state' };
  }
  if (state === 'available') {
    return { severity: 'error', outcome: 'pass', message: 'image is available' };
  }
  if (state === 'pending' || state === 'transient') {
    return { severity: 'warning', outcome: 'fail', message: describeNotReady(state) };
  }

  return {
    severity: 'error',
    outcome: 'fail',
    message: describeUnusable(state, image.stateReason),
  };
}

function describeNotReady(state: string): string {
  return `image state is ${state}: it cannot be launched until it becomes available`;
}

function describeUnusable(state: string, reason: string | undefined): string {
  const because = reason === undefined || reason === '' ? '' : ` (${reason})`;

  return `image state is ${state}${because}: it cannot be launched`;
}
