import type { Finding } from '../../model/report.js';
import type { RowView, StackView } from '../view/report-view.js';
import { describeRow } from './describe-row.js';
import type { JunitCaseSpec, JunitOutcome } from './junit-suite-spec.js';

/** One case per (parameter or image, check): the check's outcome, the row's facts. */
export function buildFindingCases(
  stack: StackView,
  classname: string,
  findings: readonly Finding[],
): JunitCaseSpec[] {
  return findings.map((finding) => {
    const row = findRow(stack, finding);
    const subject = describeSubject(stack, finding, row);
    const outcome = toOutcome(finding, row);
    return {
      classname,
      name: caseName(stack, finding),
      outcome,
      message: outcome === 'failure' ? `${finding.severity}: ${finding.message} (${subject})` : '',
      type: outcome === 'failure' ? finding.check : '',
      details: describeCase(finding, outcome, subject, row),
    };
  });
}

/**
 * The case's system-out. A passing case says what passed on which image; the image's facts
 * (tags, description: kilobytes per image) go only where someone reads them, in the cases
 * that fail or are skipped. Repeated in every passing case, they made a 24 MB file of 1200
 * images. The stack's properties still name every image with its status and creation date.
 */
function describeCase(
  finding: Finding,
  outcome: JunitOutcome,
  subject: string,
  row: RowView | undefined,
): string {
  if (outcome === 'passed') return `${subject}\nPassed: ${finding.message}`;

  return [reasonOf(finding, row), subject, ...(row ? describeRow(row) : [])]
    .filter(Boolean)
    .join('\n');
}

/** A check that passed on an image the stack does not run is no pass of the deployment. */
function toOutcome(finding: Finding, row: RowView | undefined): JunitOutcome {
  if (finding.outcome === 'fail') return 'failure';
  return finding.outcome === 'pass' && row?.running !== false ? 'passed' : 'skipped';
}

/** Stable across releases: the parameter and the check; the image id only for lists. */
function caseName(stack: StackView, finding: Finding): string {
  if (finding.parameterKey === undefined) return finding.check;

  const imagesOfParameter = stack.rows.filter((row) => row.parameterKey === finding.parameterKey);
  const image = imagesOfParameter.length > 1 && finding.imageId ? ` ${finding.imageId}` : '';
  return `${finding.parameterKey}${image}: ${finding.check}`;
}

function findRow(stack: StackView, finding: Finding): RowView | undefined {
  return stack.rows.find(
    (row) =>
      row.parameterKey === finding.parameterKey &&
      (finding.imageId === undefined || row.imageId === finding.imageId),
  );
}

function describeSubject(stack: StackView, finding: Finding, row: RowView | undefined): string {
  const parts = [`stack ${stack.stackName} (${stack.region})`];
  if (finding.parameterKey !== undefined) parts.push(`parameter ${finding.parameterKey}`);
  const imageId = finding.imageId ?? row?.imageId;
  if (imageId) parts.push(`image ${imageId}${row?.name ? ` "${row.name}"` : ''}`);
  return parts.join(', ');
}

function reasonOf(finding: Finding, row: RowView | undefined): string {
  if (finding.outcome === 'pass' && row?.running === false) {
    return `Skipped: ${row.statusText}, so this image does not run. ${finding.message}`;
  }
  if (finding.outcome === 'waived') {
    const waiver = finding.waiver;
    const expiry = waiver?.expires ? ` (expires ${waiver.expires})` : '';
    return `Waived: ${waiver?.reason ?? 'no reason given'}${expiry}. ${finding.message}`;
  }
  if (finding.outcome === 'skip') return `Skipped: ${finding.message}`;
  return '';
}
