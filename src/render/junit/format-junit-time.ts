/**
 * Seconds with at most three decimals, from milliseconds. Jenkins reads `time` as seconds and
 * its xUnit parser rejects more than three decimals, locale separators and exponents.
 */
export function formatJunitTime(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || milliseconds <= 0) return '0';

  const thousandths = Math.round(milliseconds);
  const seconds = Math.floor(thousandths / 1000);
  const fraction = String(thousandths % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${seconds}.${fraction}` : String(seconds);
}
