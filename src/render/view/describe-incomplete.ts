import type { AmiReport, CollectionError } from '../../model/report.js';
import type { CollectionErrorView, IncompleteView } from './report-view.js';

/**
 * What could not be read, for the banner every format puts first; nothing when the report is
 * complete. The text warns that a missing row is no pass.
 */
export function describeIncomplete(report: AmiReport): { incomplete?: IncompleteView } {
  if (report.complete && report.errors.length === 0) return {};

  const count = report.errors.length;
  const what = count === 0 ? 'parts' : `${count} part${count === 1 ? '' : 's'}`;
  return {
    incomplete: {
      message:
        `INCOMPLETE: ${what} of the report could not be read. ` +
        'The tables show only what was read; do not take a missing row as a pass.',
      errors: report.errors.map(describeError),
    },
  };
}

function describeError(error: CollectionError): CollectionErrorView {
  const where = [error.region, error.stack ? `stack ${error.stack}` : undefined]
    .filter(Boolean)
    .join(', ');
  return {
    operation: error.operation,
    region: error.region ?? '',
    stack: error.stack ?? '',
    code: error.code,
    message: error.message,
    text: `${error.operation}${where ? ` (${where})` : ''}: ${error.code}: ${error.message}`,
  };
}
