import type { AmiReport } from '../model/report.js';
import type { CliContext } from './cli-context.js';
import { toOneLine } from './one-line.js';

/** One stderr line on what was read; the API call counts with --verbose. */
export function logRunSummary(report: AmiReport, context: CliContext): void {
  const calls = Object.entries(report.stats.calls)
    .map(([operation, count]) => `${operation} ${count}`)
    .join(', ');
  context.logger.info(
    `${report.stacks.length} stacks, ${report.images.length} images; ` +
      `API calls: ${calls || 'none'}; ` +
      `retries ${report.stats.retries}; ${Math.round(report.stats.durationMs)} ms`,
  );
  if (report.stacks.length === 0 && report.complete) {
    // a typo in a prefix or tag would otherwise pass as a clean report
    context.logger.warn('no stack with AMI parameters matched the selection');
  }
  for (const error of report.errors) {
    const where = [error.region, error.stack].filter(Boolean).join(' ');
    context.logger.warn(toOneLine(`${error.operation} ${where}: ${error.code}: ${error.message}`));
  }
}
