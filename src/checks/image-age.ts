import type { Check, CheckContext } from './check.js';
import type { CheckResult } from './make-finding.js';
import { makeFinding } from './make-finding.js';
import type { FoundImageRow } from './report-rows.js';
import { listFoundImageRows } from './report-rows.js';
import { DAY_MS, countWholeDays, formatDays } from './whole-days.js';

const ID = 'image-age';
const DEFAULT_DAYS = 90;

export const imageAge: Check = {
  id: ID,
  defaultSeverity: 'warning',
  description:
    'Warns when the image is older than `days` days (default 90): old images miss patches.',
  settingNames: ['days'],
  defaults: { days: DEFAULT_DAYS },
  run: ({ report, now, settings }: CheckContext) =>
    listFoundImageRows(report).map((row) =>
      makeFinding(row, judgeAge(row, now, settings.days ?? DEFAULT_DAYS)),
    ),
};

function judgeAge({ image }: FoundImageRow, now: Date, days: number): CheckResult {
  const base = { check: ID, severity: 'warning' as const };
  if (image.createdAt === undefined) {
    return { ...base, outcome: 'skip', message: 'EC2 did not report the creation date' };
  }

  const created = new Date(image.createdAt);
  const age = `${formatDays(countWholeDays(created, now))} old (created ${image.createdAt})`;
  // Exactly `days` old is still within the limit; only older fails.
  if (now.getTime() - created.getTime() > days * DAY_MS) {
    return { ...base, outcome: 'fail', message: `image is ${age}, older than ${days} days` };
  }

  return { ...base, outcome: 'pass', message: `image is ${age}` };
}
