import { formatFieldPath } from './locate-line.js';
import type { SchemaProblem } from './describe-schema-error.js';
import type { RawConfig } from './raw-config.js';

/**
 * What the schema cannot say: tag patterns must compile as regular expressions, and waiver
 * dates must be real dates (2027-02-30 has the right shape but is no day).
 */
export function checkConfigValues(config: RawConfig): SchemaProblem[] {
  return [...checkTagPatterns(config), ...checkWaiverDates(config)];
}

function checkTagPatterns(config: RawConfig): SchemaProblem[] {
  const tags = config.checks?.['required-tags']?.tags ?? {};

  return Object.entries(tags).flatMap(([key, pattern]) => {
    const reason = findRegexError(pattern);
    if (reason === undefined) return [];

    const segments = ['checks', 'required-tags', 'tags', key];
    const message = `${formatFieldPath(segments)} is not a valid regular expression: ${reason}`;
    return [{ segments, message, hint: 'escape special characters such as ( [ . with \\' }];
  });
}

function findRegexError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function checkWaiverDates(config: RawConfig): SchemaProblem[] {
  return (config.waivers ?? []).flatMap((waiver, index) => {
    if (waiver.expires === undefined || isRealDate(waiver.expires)) return [];

    const segments = ['waivers', index, 'expires'];
    const message = `${formatFieldPath(segments)} is not a real date: ${waiver.expires}`;
    return [{ segments, message, hint: 'write a date that exists, such as 2027-01-31' }];
  });
}

// Date.parse rolls 2027-02-30 over to March; a real date reads back the same day.
function isRealDate(value: string): boolean {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;

  return !/^\d{4}-\d{2}-\d{2}$/u.test(value) || new Date(time).toISOString().startsWith(value);
}
