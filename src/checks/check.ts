import type { AmiReport, Finding, Severity } from '../model/report.js';
import type { ChecksConfig } from '../config/config-types.js';

/** What every check is given: the report as collected, the clock's now, the settings. */
export interface CheckContext {
  report: AmiReport;
  now: Date;
  config: ChecksConfig;
}

/**
 * One policy rule. Pure: reads the report and the clock, returns results (pass, fail or skip)
 * without severity overrides or waivers, which are applied afterwards in one place.
 */
export interface Check {
  id: string;
  defaultSeverity: Severity;
  description: string;
  run(context: CheckContext): Finding[];
}
