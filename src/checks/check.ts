import type { AmiReport, Finding, Severity } from '../model/report.js';
import type { CheckSettingName, CheckSettings, ChecksConfig } from '../config/config-types.js';

/** What every check is given: the report as collected, the clock's now, the settings. */
export interface CheckContext {
  report: AmiReport;
  now: Date;
  config: ChecksConfig;
  /** This check's settings: the file's values over the check's defaults. */
  settings: CheckSettings;
}

/**
 * One policy rule. Pure: reads the report and the clock, returns results (pass, fail or skip)
 * without severity overrides or waivers, which are applied afterwards in one place.
 */
export interface Check {
  id: string;
  defaultSeverity: Severity;
  description: string;
  /** Settings this check reads besides `enabled` and `severity`; the schema allows these. */
  settingNames?: readonly CheckSettingName[];
  /** Values used for the settings the file leaves out. */
  defaults?: CheckSettings;
  run(context: CheckContext): Finding[];
}
