import type { Check, CheckContext } from './check.js';
import type { CheckResult } from './make-finding.js';
import { makeFinding } from './make-finding.js';
import type { ImageRow } from './report-rows.js';
import { listImageRows } from './report-rows.js';

const ID = 'image-not-found';

export const imageNotFound: Check = {
  id: ID,
  defaultSeverity: 'error',
  description:
    'The image a parameter names must exist in the stack region and be visible to the account ' +
    '(not deregistered, not from another region, shared if owned elsewhere).',
  run: ({ report }: CheckContext) =>
    listImageRows(report).map((row) => makeFinding(row, judgeLookup(row))),
};

function judgeLookup(row: ImageRow): CheckResult {
  const { image, stack, imageId } = row;
  const result = { check: ID, severity: 'error' as const };
  if (image?.lookup === 'found') {
    return { ...result, outcome: 'pass', message: `image exists in ${stack.region}` };
  }
  if (image?.lookup === 'not-found') {
    return { ...result, outcome: 'fail', message: describeMissing(imageId, stack.region) };
  }

  return {
    ...result,
    outcome: 'skip',
    message: 'image could not be read (see the errors in the report), so it is not judged',
  };
}

function describeMissing(imageId: string, region: string): string {
  return (
    `image ${imageId} not found in ${region}: it was deregistered, ` +
    'is in another region, or is not shared with this account'
  );
}
