export const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to`, rounded towards zero; negative when `to` is earlier. */
export function countWholeDays(from: Date, to: Date): number {
  return Math.trunc((to.getTime() - from.getTime()) / DAY_MS);
}

/** "1 day", "12 days": messages read as sentences. */
export function formatDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}
