import { plural } from '../model/plural.js';
import type { AmiReport } from '../model/report.js';
import type { CliContext } from './cli-context.js';
import { toOneLine } from './one-line.js';

/** One stderr line on what was read; the API call counts with --verbose. */
export function logRunSummary(report: AmiReport, context: CliContext): void {
  const calls = Object.entries(report.stats.calls)
    .map(([operation, count]) => `${operation} ${count}`)
    .join(', ');
  context.logger.info(
    `${plural(report.stacks.length, 'stack')}, ${plural(report.images.length, 'image')}; ` +
      `API calls: ${calls || 'none'}; ` +
      `retries ${report.stats.retries}; ${Math.round(report.stats.durationMs)} ms`,
  );
  if (report.stacks.length === 0 && report.complete) {
    // a typo in a prefix or tag would otherwise pass as a clean report
    context.logger.warn('no stack with AMI parameters matched the selection');
  }
  for (const error of report.errors) {
    // an error read from AWS already says which call failed where: "DescribeImages in ... failed"
    const where = [error.region, error.stack].filter(Boolean).join(' ');
    const named = error.message.startsWith(`${error.operation} `);
    const text = named
      ? error.message
      : `${error.operation} ${where}: ${error.code}: ${error.message}`;
    context.logger.warn(toOneLine(text));
  }
}
