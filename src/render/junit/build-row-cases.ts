import type { RowView, StackView } from '../view/report-view.js';
import { describeRow } from './describe-row.js';
import type { JunitCaseSpec } from './junit-suite-spec.js';

/**
 * One case per row that no check has spoken about: it fails when the image is missing or
 * broken, and is skipped when there is nothing to look up (hidden or not set) or when the
 * stack does not run the image (not deployed, deleted).
 */
export function buildRowCases(
  stack: StackView,
  classname: string,
  rows: readonly RowView[],
): JunitCaseSpec[] {
  const listKeys = new Set(
    stack.rows
      .map((row) => row.parameterKey)
      .filter((key, index, keys) => keys.indexOf(key) !== index),
  );

  return rows.map((row) => {
    const key = listKeys.has(row.parameterKey)
      ? `${row.parameterKey} ${row.imageId}`
      : row.parameterKey;
    const name = `${key}: image state`;
    const subject = `stack ${stack.stackName} (${stack.region}), parameter ${row.parameterKey}`;
    const image = row.imageId || row.valueText;
    const details = describeRow(row).join('\n');
    if (row.tone === 'bad') {
      const message = `${row.statusText}: ${image}${row.name ? ` "${row.name}"` : ''} (${subject})`;
      return { classname, name, outcome: 'failure', message, type: row.status, details };
    }
    if (!row.running || row.status === 'hidden' || row.status === 'not-set') {
      return { classname, name, outcome: 'skipped', message: '', type: '', details };
    }
    return { classname, name, outcome: 'passed', message: '', type: '', details };
  });
}
