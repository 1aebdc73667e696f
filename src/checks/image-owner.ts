import type { ImageEntry } from '../model/report.js';
import type { Check, CheckContext } from './check.js';
import type { CheckResult } from './make-finding.js';
import { makeFinding } from './make-finding.js';
import { listFoundImageRows } from './report-rows.js';

const ID = 'image-owner';

export const imageOwner: Check = {
  id: ID,
  defaultSeverity: 'error',
  description:
    'Off until `owners` is set: the image must be owned by one of the listed account ids ' +
    'or aliases (such as amazon).',
  settingNames: ['owners'],
  run: ({ report, settings }: CheckContext) => {
    const owners = settings.owners ?? [];
    if (owners.length === 0) return [];

    return listFoundImageRows(report).map((row) => makeFinding(row, judgeOwner(row.image, owners)));
  },
};

function judgeOwner(image: ImageEntry, owners: string[]): CheckResult {
  const base = { check: ID, severity: 'error' as const };
  if (image.ownerId === undefined && image.ownerAlias === undefined) {
    return { ...base, outcome: 'skip', message: 'EC2 did not report the image owner' };
  }

  const owner = describeOwner(image);
  if (owners.some((allowed) => allowed === image.ownerId || allowed === image.ownerAlias)) {
    return { ...base, outcome: 'pass', message: `owned by ${owner}` };
  }

  const allowed = owners.join(', ');
  return {
    ...base,
    outcome: 'fail',
    message: `owned by ${owner}, not an allowed owner (${allowed})`,
  };
}

function describeOwner(image: ImageEntry): string {
  if (image.ownerId === undefined) return image.ownerAlias ?? 'an unknown owner';
  if (image.ownerAlias === undefined) return image.ownerId;

  return `${image.ownerId} (${image.ownerAlias})`;
}
