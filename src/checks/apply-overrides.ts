import type { CheckOverride } from '../config/config-types.js';
import type { Finding } from '../model/report.js';
import { matchesScope } from './matches-scope.js';

/**
 * Applies the overrides in file order, so a later, narrower override wins over an earlier one.
 * A result disabled by an override is dropped; one given a severity takes it.
 */
export function applyOverrides(findings: Finding[], overrides: CheckOverride[]): Finding[] {
  return findings.flatMap((finding) => {
    const matching = overrides.filter(
      (override) => override.check === finding.check && matchesScope(override, finding),
    );
    const enabled = matching.reduce<boolean>((last, o) => o.enabled ?? last, true);
    if (!enabled) return [];

    const severity = matching.reduce((last, o) => o.severity ?? last, finding.severity);
    return [{ ...finding, severity }];
  });
}
