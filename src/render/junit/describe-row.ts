import type { RowView } from '../view/report-view.js';

/** The facts of one row as plain lines, for a test case's output. */
export function describeRow(row: RowView): string[] {
  const lines = [
    `Parameter: ${row.parameterKey}`,
    row.ssmParameter && `SSM parameter: ${row.ssmParameter}`,
    row.imageId ? `Image: ${row.imageId}` : row.valueText && `Value: ${row.valueText}`,
    row.name && `Name: ${row.name}`,
    row.createdAt && `Created: ${row.createdAt} (${row.ageText})`,
    `Status: ${row.statusText}`,
    row.owner && `Owner: ${row.owner}`,
    row.description && `Description: ${row.description}`,
    row.tags.length > 0 && `Tags: ${row.tags.map((tag) => `${tag.key}=${tag.value}`).join('; ')}`,
    row.tagsNote && `Tags: ${row.tagsNote}`,
    row.copiedFrom && `Copied from: ${row.copiedFrom}`,
    row.copies.length > 0 && `Copies: ${row.copies.join(', ')}`,
  ];
  return lines.filter((line): line is string => typeof line === 'string' && line !== '');
}
