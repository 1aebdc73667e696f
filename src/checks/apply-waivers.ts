import type { Waiver } from '../config/config-types.js';
import type { Finding } from '../model/report.js';
import { matchesScope } from './matches-scope.js';
import { findWaiverEnd, isWaiverExpired } from './waiver-expiry.js';

/**
 * Waives failing results that a waiver covers. An expired waiver no longer applies: the result
 * keeps failing, and says which waiver expired so that nobody wonders why it came back.
 */
export function applyWaivers(findings: Finding[], waivers: Waiver[], now: Date): Finding[] {
  return findings.map((finding) => {
    if (finding.outcome !== 'fail') return finding;

    const matching = waivers.filter(
      (waiver) => waiver.check === finding.check && matchesScope(waiver, finding),
    );
    const active = matching.find((waiver) => !isWaiverExpired(waiver, now));
    if (active !== undefined) return waive(finding, active);

    const expired = pickLatestExpired(matching);
    return expired === undefined ? finding : markExpired(finding, expired);
  });
}

/** The message stays the check's own; the waiver travels beside it, and every format shows it. */
function waive(finding: Finding, waiver: Waiver): Finding {
  return { ...finding, outcome: 'waived', waiver: describeWaiver(waiver, false) };
}

function markExpired(finding: Finding, waiver: Waiver): Finding {
  return {
    ...finding,
    waiver: describeWaiver(waiver, true),
  };
}

function describeWaiver(waiver: Waiver, expired: boolean): NonNullable<Finding['waiver']> {
  return waiver.expires === undefined
    ? { reason: waiver.reason, expired }
    : { reason: waiver.reason, expires: waiver.expires, expired };
}

function pickLatestExpired(waivers: Waiver[]): Waiver | undefined {
  return waivers.reduce<Waiver | undefined>((latest, waiver) => {
    if (latest === undefined) return waiver;
    return (findWaiverEnd(waiver) ?? 0) > (findWaiverEnd(latest) ?? 0) ? waiver : latest;
  }, undefined);
}
