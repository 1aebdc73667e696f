import type { AmiReport, DeploymentDiff, StackChange, StackEntry } from '../model/report.js';
import { compareParameters, type StackSide } from './compare-parameters.js';
import { indexImages, type ImageIndex } from './image-index.js';
import { findReadError } from './missing-stacks.js';
import { findNewFindings } from './new-findings.js';
import { wasLookedFor } from './run-scope.js';
import { compareStackIdentity, runsItsImages, stackKey } from './stack-key.js';

/**
 * What changed between the previous run's report and this one. Deployments are matched by
 * (account, region, stack name); a new stack id under the same name is a re-created stack.
 * A stack the current run does not have is removed, unless the current run failed to read it;
 * a stack outside what the current run was asked to read is not compared at all.
 */
export function diffReports(baseline: AmiReport, current: AmiReport): DeploymentDiff {
  const before = sidesByKey(baseline);
  const after = sidesByKey(current);

  const present = [...after].map(([key, side]) => diffCurrentStack(before.get(key), side));
  const missing = [...before]
    .filter(([key, side]) => !after.has(key) && wasLookedFor(current, side.stack))
    .map(([, side]) => diffMissingStack(side, current));

  return {
    baselineGeneratedAt: baseline.generatedAt,
    stacks: [...present, ...missing].sort(compareStackIdentity),
    newFindings: findNewFindings(baseline, current),
  };
}

function diffCurrentStack(before: StackSide | undefined, after: StackSide): StackChange {
  if (!before) return stackChange(after.stack, 'added', compareParameters(undefined, after));

  return diffPresentStack(before, after);
}

function diffPresentStack(before: StackSide, after: StackSide): StackChange {
  const parameters = compareParameters(before, after);
  if (before.stack.stackId === after.stack.stackId) {
    return stackChange(after.stack, 'present', parameters);
  }

  return {
    ...stackChange(after.stack, 'replaced', parameters),
    previousStackId: before.stack.stackId,
  };
}

/** A stack only the baseline has: gone, or not read this time (then nothing is claimed). */
function diffMissingStack(before: StackSide, current: AmiReport): StackChange {
  const readError = findReadError(current, before.stack);
  if (!readError) return stackChange(before.stack, 'removed', compareParameters(before, undefined));

  return {
    ...stackChange(before.stack, 'present', compareParameters(before, undefined, true)),
    notRead: { code: readError.code, message: readError.message },
  };
}

function stackChange(
  stack: StackEntry,
  change: StackChange['change'],
  parameters: StackChange['parameters'],
): StackChange {
  return {
    stackName: stack.stackName,
    region: stack.region,
    accountId: stack.accountId,
    change,
    stackId: stack.stackId,
    parameters,
  };
}

/**
 * The live stacks of a report by key. When a report has the same name twice (a lookup by the
 * old stack id next to the new stack), the live one wins; deleted ones, and ones whose
 * creation rolled back, count as absent: their AMIs do not run.
 */
function sidesByKey(report: AmiReport): Map<string, StackSide> {
  const images: ImageIndex = indexImages(report.images);
  const sides = new Map<string, StackSide>();
  for (const stack of report.stacks.filter(runsItsImages)) {
    sides.set(stackKey(stack), { stack, images });
  }
  return sides;
}
