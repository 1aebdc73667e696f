import type { Waiver } from '../config/config-types.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/u;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a waiver stops applying. A date without a time covers that whole day (UTC), so
 * `expires: 2027-01-31` still waives on the 31st; a full timestamp ends at that instant.
 */
export function findWaiverEnd(waiver: Waiver): number | undefined {
  if (waiver.expires === undefined) return undefined;

  const start = Date.parse(waiver.expires);
  return DATE_ONLY.test(waiver.expires) ? start + DAY_MS : start;
}

export function isWaiverExpired(waiver: Waiver, now: Date): boolean {
  const end = findWaiverEnd(waiver);

  return end !== undefined && now.getTime() >= end;
}
