import { hintForAwsCode } from '../aws/wrap-aws-error.js';
import type { AmiReport } from '../model/report.js';
import { toOneLine } from './one-line.js';

/**
 * The closing stderr line of an incomplete run: what could not be read first, how much more,
 * and what to do. It is written even with --quiet, since it explains exit code 3.
 */
export function describeIncomplete(report: AmiReport): string {
  const [first, ...rest] = report.errors;
  if (!first) return 'the report is incomplete (run again with --verbose to see what failed)';

  const more = rest.length > 0 ? `, and ${rest.length} more listed in the artifacts` : '';
  const hint = hintForAwsCode(first.code, first);
  return toOneLine(`the report is incomplete: ${first.message}${more} (${hint})`);
}
