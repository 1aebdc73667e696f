import type { CheckSettings, ChecksConfig } from '../config/config-types.js';
import type { AmiReport, Finding } from '../model/report.js';
import { allChecks } from './all-checks.js';
import { applyOverrides } from './apply-overrides.js';
import { applyWaivers } from './apply-waivers.js';
import type { Check } from './check.js';
import { sortFindings } from './sort-findings.js';

/**
 * Runs every enabled check over the report, then applies, in this order: the configured
 * severity of each check, the overrides by stack/parameter, and the waivers. Sorted output.
 */
export function runChecks(
  report: AmiReport,
  config: ChecksConfig,
  now: Date,
  checks: readonly Check[] = allChecks,
): Finding[] {
  const results = checks.flatMap((check) => runOneCheck(check, report, config, now));

  const overridden = applyOverrides(results, config.overrides);
  const waived = applyWaivers(overridden, config.waivers, now);
  return sortFindings(waived);
}

function runOneCheck(check: Check, report: AmiReport, config: ChecksConfig, now: Date): Finding[] {
  const settings = resolveSettings(check, config.checks[check.id]);
  if (settings.enabled === false) return [];

  const findings = check.run({ report, now, config, settings });
  const severity = settings.severity;
  return severity === undefined ? findings : findings.map((f) => ({ ...f, severity }));
}

function resolveSettings(check: Check, fromFile: CheckSettings | undefined): CheckSettings {
  return { ...check.defaults, ...withoutUndefined(fromFile ?? {}) };
}

// An explicit `undefined` from a caller must not erase a default.
function withoutUndefined(settings: CheckSettings): CheckSettings {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}
