import type { Check, CheckContext } from './check.js';
import type { CheckResult } from './make-finding.js';
import { makeFinding } from './make-finding.js';
import type { FoundImageRow } from './report-rows.js';
import { listFoundImageRows } from './report-rows.js';

const ID = 'image-deprecated';

export const imageDeprecated: Check = {
  id: ID,
  defaultSeverity: 'error',
  description:
    'The image must not be deprecated: a deprecated image no longer shows up in searches ' +
    'and public ones are usually out of support.',
  run: ({ report, now }: CheckContext) =>
    listFoundImageRows(report).map((row) => makeFinding(row, judgeDeprecation(row, now))),
};

function judgeDeprecation({ image }: FoundImageRow, now: Date): CheckResult {
  const base = { check: ID, severity: 'error' as const };
  const deprecatedAt = image.deprecatedAt;
  if (deprecatedAt === undefined) {
    return { ...base, outcome: 'pass', message: 'image is not deprecated' };
  }
  if (Date.parse(deprecatedAt) <= now.getTime()) {
    return { ...base, outcome: 'fail', message: `deprecated since ${deprecatedAt}` };
  }

  return {
    ...base,
    outcome: 'pass',
    message: `not deprecated yet; deprecation scheduled ${deprecatedAt}`,
  };
}
