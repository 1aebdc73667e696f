/**
 * Normalises a date from the SDK (a Date), the AWS CLI (an ISO string, sometimes with
 * microseconds and `+00:00`) or a report to ISO 8601 UTC with milliseconds.
 */
export function toIsoDate(value: Date | string | undefined | null): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;

  return date.toISOString();
}
