import type { Finding } from '../model/report.js';

// Stack-level results (no parameter) sort before the parameter rows of the same stack.
const KEYS: ((finding: Finding) => string)[] = [
  (f) => f.stackName,
  (f) => f.region,
  (f) => f.stackId,
  (f) => f.parameterKey ?? '',
  (f) => f.imageId ?? '',
  (f) => f.check,
];

/** Sorts by stack, region, parameter, image and check, by code unit: stable on every machine. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  for (const key of KEYS) {
    const left = key(a);
    const right = key(b);
    if (left !== right) return left < right ? -1 : 1;
  }

  return 0;
}
