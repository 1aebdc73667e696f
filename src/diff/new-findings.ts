import type { AmiReport, Finding } from '../model/report.js';
import { compareText } from './stack-key.js';

/**
 * Failing findings of the current report that the baseline did not have failing. A finding is
 * the same when check, stack (name and region: a re-created stack keeps its failures),
 * parameter and image match.
 */
export function findNewFindings(baseline: AmiReport, current: AmiReport): Finding[] {
  const known = new Set(baseline.findings.filter(isFailing).map(findingKey));

  return current.findings
    .filter((finding) => isFailing(finding) && !known.has(findingKey(finding)))
    .sort(compareFindings);
}

function isFailing(finding: Finding): boolean {
  return finding.outcome === 'fail';
}

function findingKey(finding: Finding): string {
  return findingFields(finding).join('\u0000');
}

function findingFields(finding: Finding): string[] {
  return [
    finding.stackName,
    finding.region,
    finding.parameterKey ?? '',
    finding.check,
    finding.imageId ?? '',
  ];
}

function compareFindings(a: Finding, b: Finding): number {
  const left = findingFields(a);
  const right = findingFields(b);
  for (const [index, value] of left.entries()) {
    const order = compareText(value, right[index] ?? '');
    if (order !== 0) return order;
  }
  return compareText(a.message, b.message);
}
