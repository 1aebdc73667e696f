import type { Waiver } from '../config/config-types.js';
import type { Finding } from '../model/report.js';
import { matchesScope } from './matches-scope.js';
import { isWaiverExpired } from './waiver-expiry.js';

/**
 * The waivers that did nothing in this run, in the order given: none of the results was waived
 * by it, nor, once it expired, says that it expired. Such a waiver has a typo in a check or
 * stack name, outlived what it was for, or is covered by an earlier waiver. `findings` are the
 * results after waivers were applied.
 */
export function unusedWaivers(findings: Finding[], waivers: Waiver[], now: Date): Waiver[] {
  return waivers.filter((waiver) => {
    const expired = isWaiverExpired(waiver, now);
    return !findings.some((finding) => wasUsedFor(waiver, expired, finding));
  });
}

/** The result names this waiver: same check and scope, and the reason and end it recorded. */
function wasUsedFor(waiver: Waiver, expired: boolean, finding: Finding): boolean {
  const recorded = finding.waiver;
  if (!recorded || waiver.check !== finding.check || !matchesScope(waiver, finding)) return false;
  if (recorded.reason !== waiver.reason || recorded.expires !== waiver.expires) return false;

  return expired
    ? recorded.expired && finding.outcome === 'fail'
    : !recorded.expired && finding.outcome === 'waived';
}
