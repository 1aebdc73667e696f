import type { ImageEntry } from '../model/report.js';
import type { Check, CheckContext } from './check.js';
import type { CheckResult } from './make-finding.js';
import { makeFinding } from './make-finding.js';
import { listFoundImageRows } from './report-rows.js';

const ID = 'required-tags';

export const requiredTags: Check = {
  id: ID,
  defaultSeverity: 'error',
  description:
    'Off until `tags` is set: each listed tag must be on the image and its value must match ' +
    'the regular expression given for it.',
  settingNames: ['tags'],
  run: ({ report, settings }: CheckContext) => {
    const required = Object.entries(settings.tags ?? {}).sort(([a], [b]) => compare(a, b));
    if (required.length === 0) return [];

    return listFoundImageRows(report).map((row) =>
      makeFinding(row, judgeTags(row.image, required)),
    );
  },
};

function judgeTags(image: ImageEntry, required: [string, string][]): CheckResult {
  const base = { check: ID, severity: 'error' as const };
  if (!image.tagsVisible || image.tags === undefined) {
    const message = 'tags are not visible to this account (image shared from another account)';
    return { ...base, outcome: 'skip', message };
  }

  const problems = required.flatMap(([key, pattern]) => findTagProblem(image, key, pattern));
  if (problems.length > 0) return { ...base, outcome: 'fail', message: problems.join('; ') };

  const names = required.map(([key]) => key).join(', ');
  return { ...base, outcome: 'pass', message: `has the required tags: ${names}` };
}

function findTagProblem(image: ImageEntry, key: string, pattern: string): string[] {
  const tag = image.tags?.find((candidate) => candidate.key === key);
  if (tag === undefined) return [`missing tag ${key}`];
  if (new RegExp(pattern, 'u').test(tag.value)) return [];

  return [`tag ${key} is ${JSON.stringify(tag.value)}, which does not match /${pattern}/`];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
