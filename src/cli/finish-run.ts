import type { GateResult } from '../checks/gate.js';
import type { AmiReport } from '../model/report.js';
import { appendJobSummary } from '../github/append-job-summary.js';
import type { CliContext } from './cli-context.js';
import { describeIncomplete } from './describe-incomplete.js';
import { EXIT_CHECKS_FAILED, EXIT_INCOMPLETE, EXIT_OK } from './exit-codes.js';
import type { RenderRun } from './resolve-render-options.js';

/** The closing line on stderr, the job summary, and the exit code of a rendered run. */
export async function finishRun(
  report: AmiReport,
  gate: GateResult,
  summaryMarkdown: string | undefined,
  run: RenderRun,
  context: CliContext,
): Promise<number> {
  if (run.jobSummary) await writeJobSummary(summaryMarkdown, context);

  if (!report.complete) {
    process.stderr.write(`stack-ami-report: ${describeIncomplete(report)}\n`);
    return EXIT_INCOMPLETE;
  }
  if (gate.failed) {
    process.stderr.write(`stack-ami-report: ${gate.summary}\n`);
    return EXIT_CHECKS_FAILED;
  }
  context.logger.info(gate.summary);
  return EXIT_OK;
}

/** The summary is the diff comment when there is one, else the report's Markdown. */
async function writeJobSummary(body: string | undefined, context: CliContext): Promise<void> {
  const path = context.env.GITHUB_STEP_SUMMARY;
  if (!path) {
    context.logger.warn('--job-summary: GITHUB_STEP_SUMMARY is not set; no summary written');
    return;
  }
  if (body === undefined) return;
  // a job summary is a courtesy: failing to write one must not change the run's outcome
  await appendJobSummary(path, body).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    context.logger.warn(`--job-summary: could not append to ${path}: ${reason}`);
  });
}
