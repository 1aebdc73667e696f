import type { Finding } from '../model/report.js';

/**
 * Sorts by stack, region, stack id, parameter, image and check, by code unit: stable on every
 * machine. Stack-level results (no parameter) sort before the parameter rows of the same
 * stack. The fields are joined once per finding with NUL, which sorts below every character
 * and appears in none of them, so comparing the joined keys compares field by field.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding) => ({ finding, key: sortKey(finding) }))
    .sort((a, b) => (a.key === b.key ? 0 : a.key < b.key ? -1 : 1))
    .map(({ finding }) => finding);
}

function sortKey(f: Finding): string {
  return [f.stackName, f.region, f.stackId, f.parameterKey ?? '', f.imageId ?? '', f.check].join(
    '\u0000',
  );
}
