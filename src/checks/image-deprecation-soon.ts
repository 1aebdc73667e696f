import type { CheckResult } from './make-finding.js';
import type { Check, CheckContext } from './check.js';
import { makeFinding } from './make-finding.js';
import type { FoundImageRow } from './report-rows.js';
import { listFoundImageRows } from './report-rows.js';
import { DAY_MS, countWholeDays, formatDays } from './whole-days.js';

const ID = 'image-deprecation-soon';
const DEFAULT_DAYS = 30;

export const imageDeprecationSoon: Check = {
  id: ID,
  defaultSeverity: 'warning',
  description:
    'Warns when the image becomes deprecated within `days` days (default 30), ' +
    'so that a replacement can be built in time.',
  settingNames: ['days'],
  defaults: { days: DEFAULT_DAYS },
  run: ({ report, now, settings }: CheckContext) =>
    listFoundImageRows(report).map((row) =>
      makeFinding(row, judgeUpcoming(row, now, settings.days ?? DEFAULT_DAYS)),
    ),
};

function judgeUpcoming({ image }: FoundImageRow, now: Date, days: number): CheckResult {
  const base = { check: ID, severity: 'warning' as const };
  const deprecatedAt = image.deprecatedAt;
  if (deprecatedAt === undefined) {
    return { ...base, outcome: 'pass', message: 'no deprecation scheduled' };
  }
  const at = new Date(deprecatedAt);
  if (at.getTime() <= now.getTime()) {
    return { ...base, outcome: 'skip', message: `already deprecated since ${deprecatedAt}` };
  }

  const left = formatDays(countWholeDays(now, at));
  // The last day of the window still counts as "within": exactly `days` away warns.
  if (at.getTime() - now.getTime() <= days * DAY_MS) {
    return { ...base, outcome: 'fail', message: `deprecated in ${left}, on ${deprecatedAt}` };
  }

  return {
    ...base,
    outcome: 'pass',
    message: `deprecation scheduled ${deprecatedAt} (in ${left})`,
  };
}
