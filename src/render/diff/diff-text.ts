import { toIsoDate } from '../../model/iso-date.js';
import { plural } from '../../model/plural.js';

const DAY_MS = 86_400_000;

/** An instant as ISO 8601 UTC to the second: the milliseconds of a report say nothing here. */
export function formatInstant(value: string | undefined): string | undefined {
  return toIsoDate(value)?.replace(/\.\d{3}Z$/, 'Z');
}

/** How much newer the new image is than the old one, in whole days. */
export function describeAgeDifference(
  before: string | undefined,
  after: string | undefined,
): string | undefined {
  const from = before === undefined ? Number.NaN : Date.parse(before);
  const to = after === undefined ? Number.NaN : Date.parse(after);
  if (Number.isNaN(from) || Number.isNaN(to)) return undefined;

  const days = Math.round((to - from) / DAY_MS);
  if (days === 0) return 'same day';
  const amount = plural(Math.abs(days), 'day', 'days');
  return days > 0 ? `${amount} newer` : `${amount} older`;
}
