import type {
  ChangeKind,
  DeploymentDiff,
  ParameterChange,
  StackChange,
} from '../../model/report.js';

/** How many parameters and stacks changed in each way; the summary line is made from it. */
export interface DiffCounts {
  /** `unchanged` counts stacks that are still the same stack; see `countedAs`. */
  parameters: Record<ChangeKind | 'inChangedStack', number>;
  stacks: { added: number; removed: number; replaced: number; notRead: number };
  newFindings: number;
}

export function countDiff(diff: DeploymentDiff): DiffCounts {
  const parameters: Record<ChangeKind | 'inChangedStack', number> = {
    added: 0,
    removed: 0,
    changed: 0,
    unchanged: 0,
    unknown: 0,
    inChangedStack: 0,
  };
  for (const stack of diff.stacks) {
    for (const parameter of stack.parameters) parameters[countedAs(stack, parameter)] += 1;
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

/**
 * An unchanged parameter of a re-created stack is listed among the changes (the stack is
 * new), so it is not counted as unchanged: the summary and the folded table then agree.
 */
function countedAs(stack: StackChange, parameter: ParameterChange): ChangeKind | 'inChangedStack' {
  if (parameter.change === 'unchanged' && stack.change !== 'present') return 'inChangedStack';
  return parameter.change;
}

function countStacks(stacks: StackChange[], test: (stack: StackChange) => boolean): number {
  return stacks.filter(test).length;
}
