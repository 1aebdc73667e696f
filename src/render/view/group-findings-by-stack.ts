import type { Finding } from '../../model/report.js';

export interface StackIdentity {
  stackId: string;
  stackName: string;
  region: string;
}

export interface FindingsByStack {
  of(stack: StackIdentity): Finding[];
  /** Findings that belong to none of these stacks. */
  orphans(stacks: readonly StackIdentity[]): Finding[];
}

/** Grouped once per findings list, which every format of a run shares; never changed after. */
const grouped = new WeakMap<readonly Finding[], FindingsByStack>();

/**
 * Findings carry the stack id (a re-created stack of the same name is another stack); those
 * without one are matched by name and region. Grouped once: a large report has a hundred
 * thousand findings, and filtering them per stack would be quadratic.
 */
export function groupFindingsByStack(findings: readonly Finding[]): FindingsByStack {
  const known = grouped.get(findings);
  if (known) return known;

  const groups = groupByStack(findings);
  grouped.set(findings, groups);
  return groups;
}

function groupByStack(findings: readonly Finding[]): FindingsByStack {
  const byKey = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = keyOf(finding);
    const list = byKey.get(key);
    if (list) list.push(finding);
    else byKey.set(key, [finding]);
  }
  return {
    of: (stack) => byKey.get(keyOf(stack)) ?? [],
    orphans: (stacks) => {
      const known = new Set(stacks.map(keyOf));
      return findings.filter((finding) => !known.has(keyOf(finding)));
    },
  };
}

function keyOf(item: StackIdentity): string {
  return item.stackId ? `id ${item.stackId}` : `name ${item.region} ${item.stackName}`;
}
