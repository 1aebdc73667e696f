import type { Check, CheckContext } from './check.js';
import type { CheckResult } from './make-finding.js';
import { makeFinding } from './make-finding.js';
import type { FoundImageRow } from './report-rows.js';
import { listFoundImageRows } from './report-rows.js';

const ID = 'image-public';

export const imagePublic: Check = {
  id: ID,
  defaultSeverity: 'warning',
  description:
    "Warns when an image owned by the stack's own account is public: anyone can launch it " +
    'and read its disks. Public images of other owners (such as amazon) pass.',
  run: ({ report }: CheckContext) =>
    listFoundImageRows(report).map((row) => makeFinding(row, judgePublic(row))),
};

function judgePublic({ image, stack }: FoundImageRow): CheckResult {
  const base = { check: ID, severity: 'warning' as const };
  if (image.public !== true) return { ...base, outcome: 'pass', message: 'image is private' };

  // Vendor images are public by design; only an image this account published is a leak.
  if (image.ownerId !== undefined && image.ownerId !== stack.accountId) {
    const message = `public image of another owner (${image.ownerAlias ?? image.ownerId})`;
    return { ...base, outcome: 'pass', message };
  }

  return {
    ...base,
    outcome: 'fail',
    message: 'image is public: anyone can launch it and copy its snapshots',
  };
}
