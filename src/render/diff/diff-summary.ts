import { hasChanges, type DiffCounts } from './diff-counts.js';
import { plural } from '../../model/plural.js';
import { formatInstant } from './diff-text.js';

/**
 * The one line under the marker: what changed since which baseline, in numbers. When the run
 * could not read everything, it says so: "no changes" then covers only what was read.
 */
export function summariseDiff(
  counts: DiffCounts,
  baselineGeneratedAt: string,
  complete = true,
): string {
  const since = formatInstant(baselineGeneratedAt) ?? 'an undated baseline';
  const tail = [notComparablePart(counts), unchangedPart(counts)].filter(isPresent);
  if (!hasChanges(counts)) return [describeNoChanges(since, complete), ...tail].join(' · ');

  const title = `AMI changes since ${since}${complete ? '' : ', comparison incomplete'}`;
  const head = `**${title}:** ${parameterPart(counts) ?? 'no AMI parameter changed'}`;
  return [head, stackPart(counts), ...tail, findingPart(counts)].filter(isPresent).join(' · ');
}

function describeNoChanges(since: string, complete: boolean): string {
  if (complete) return `**No AMI changes** since ${since}`;

  return `**Comparison incomplete:** no AMI changes in what could be read since ${since}`;
}

function parameterPart({ parameters }: DiffCounts): string | undefined {
  const parts = [
    countPart(parameters.changed, 'changed'),
    countPart(parameters.added, 'added'),
    countPart(parameters.removed, 'removed'),
  ].filter(isPresent);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function stackPart({ stacks }: DiffCounts): string | undefined {
  const parts = [
    countPart(stacks.added, 'new'),
    countPart(stacks.removed, 'removed'),
    countPart(stacks.replaced, 're-created'),
  ].filter(isPresent);
  return parts.length > 0 ? `stacks: ${parts.join(', ')}` : undefined;
}

function notComparablePart({ parameters }: DiffCounts): string | undefined {
  return countPart(parameters.unknown, 'not comparable');
}

function unchangedPart({ parameters }: DiffCounts): string | undefined {
  return countPart(parameters.unchanged, 'unchanged');
}

function findingPart({ newFindings }: DiffCounts): string | undefined {
  if (newFindings === 0) return undefined;

  return `${plural(newFindings, 'new check failure', 'new check failures')}`;
}

function countPart(count: number, label: string): string | undefined {
  return count > 0 ? `${count} ${label}` : undefined;
}

function isPresent(value: string | undefined): value is string {
  return value !== undefined;
}
