import { runChecks } from '../checks/run-checks.js';
import type { ChecksConfig } from '../config/config-types.js';
import { diffReports } from '../diff/diff-reports.js';
import { explainedMissingStacks } from '../diff/missing-stacks.js';
import type { AmiReport } from '../model/report.js';

export interface EvaluateOptions {
  checks: ChecksConfig;
  now: Date;
  /** The previous run's report; adds the deployment diff. */
  baseline?: AmiReport;
}

/**
 * Adds the check results and, with a baseline, the deployment diff. A named stack that no
 * longer exists but is in the baseline was deleted since: the diff shows it as removed, and
 * it no longer makes the report incomplete.
 */
export function evaluateReport(collected: AmiReport, options: EvaluateOptions): AmiReport {
  const findings = runChecks(collected, options.checks, options.now);
  const checked: AmiReport = { ...collected, findings };
  if (!options.baseline) return checked;

  const diff = diffReports(options.baseline, checked);
  const explained = new Set(explainedMissingStacks(checked, options.baseline));
  const errors = checked.errors.filter((error) => !explained.has(error));
  return { ...checked, errors, complete: errors.length === 0, diff };
}
