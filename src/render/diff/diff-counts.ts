import type { ChangeKind, DeploymentDiff, StackChange } from '../../model/report.js';

/** How many parameters and stacks changed in each way; the summary line is made from it. */
export interface DiffCounts {
  parameters: Record<ChangeKind, number>;
  stacks: { added: number; removed: number; replaced: number; notRead: number };
  newFindings: number;
}

export function countDiff(diff: DeploymentDiff): DiffCounts {
  const parameters: Record<ChangeKind, number> = {
    added: 0,
    removed: 0,
    changed: 0,
    unchanged: 0,
    unknown: 0,
  };
  for (const parameter of diff.stacks.flatMap((stack) => stack.parameters)) {
    parameters[parameter.change] += 1;
  }

  return {
    parameters,
    stacks: {
      added: countStacks(diff.stacks, (stack) => stack.change === 'added'),
      removed: countStacks(diff.stacks, (stack) => stack.change === 'removed'),
      replaced: countStacks(diff.stacks, (stack) => stack.change === 'replaced'),
      notRead: countStacks(diff.stacks, (stack) => stack.notRead !== undefined),
    },
    newFindings: diff.newFindings.length,
  };
}

/** Whether anything is worth a comment: unknowns alone are not a change (NoEcho is every run). */
export function hasChanges(counts: DiffCounts): boolean {
  const { parameters, stacks } = counts;
  return (
    parameters.added + parameters.removed + parameters.changed > 0 ||
    stacks.added + stacks.removed + stacks.replaced > 0 ||
    counts.newFindings > 0
  );
}

function countStacks(stacks: StackChange[], test: (stack: StackChange) => boolean): number {
  return stacks.filter(test).length;
}
