import type { FailOn } from '../config/config-types.js';
import type { Finding, Severity } from '../model/report.js';

export interface GateResult {
  /** True when the run should exit 1. */
  failed: boolean;
  /** The failing results at or above the threshold (empty for `never`). */
  failing: Finding[];
  /** One line for the log and the report, naming the checks that failed and how often. */
  summary: string;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Decides the exit status from the results: waived, passed and skipped results never fail. */
export function evaluateGate(findings: Finding[], failOn: FailOn): GateResult {
  const failedResults = findings.filter((finding) => finding.outcome === 'fail');
  if (failOn === 'never') {
    return { failed: false, failing: [], summary: describeGateOff(failedResults.length) };
  }

  const failing = failedResults.filter((finding) => RANK[finding.severity] >= RANK[failOn]);
  const waived = findings.filter((finding) => finding.outcome === 'waived').length;
  const summary = describeFailing(failing, failOn) + describeWaived(waived);
  return { failed: failing.length > 0, failing, summary };
}

function describeFailing(failing: Finding[], failOn: Severity): string {
  if (failing.length === 0) return `no check failed at or above ${failOn}`;

  const counts = countByCheck(failing);
  const list = [...counts].map(([check, count]) => `${check} (${count})`).join(', ');
  const checks = counts.size === 1 ? '1 check' : `${counts.size} checks`;
  return `${checks} failed at or above ${failOn}: ${list}`;
}

function countByCheck(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  const sorted = [...findings].sort((a, b) => (a.check < b.check ? -1 : a.check > b.check ? 1 : 0));
  for (const finding of sorted) counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);

  return counts;
}

function describeWaived(waived: number): string {
  if (waived === 0) return '';

  return waived === 1 ? '; 1 failure waived' : `; ${waived} failures waived`;
}

function describeGateOff(failedCount: number): string {
  const results = failedCount === 1 ? '1 failing result' : `${failedCount} failing results`;

  return `the gate is off (fail-on never); ${results} reported`;
}
