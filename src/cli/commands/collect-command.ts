import { checkOutputFile } from '../../output/check-output-folder.js';
import { writeOne } from '../../output/write-artifacts.js';
import { collectFromSource } from '../../pipeline/collect-from-source.js';
import type { CliContext } from '../cli-context.js';
import { describeIncomplete } from '../describe-incomplete.js';
import { loadCliConfig } from '../cli-config.js';
import { EXIT_INCOMPLETE, EXIT_OK } from '../exit-codes.js';
import { stringFlag } from '../parse-flags.js';
import { resolveCollectOptions } from '../resolve-collect-options.js';
import { logRunSummary } from '../log-run-summary.js';

/** `collect`: the report model as JSON, for a later `merge` or `render`. */
export async function runCollect(flags: Record<string, unknown>, context: CliContext) {
  const config = await loadCliConfig(stringFlag(flags, 'config'));
  const options = resolveCollectOptions(flags, config);
  const out = stringFlag(flags, 'out') ?? 'ami-report.json';
  await checkOutputFile(out);

  const report = await collectFromSource(options, context).finally(() =>
    context.progressLine.done(),
  );
  await writeOne(out, `${JSON.stringify(report, null, 2)}\n`);

  logRunSummary(report, context);
  if (report.complete) return EXIT_OK;
  process.stderr.write(`stack-ami-report: ${describeIncomplete(report)}\n`);
  return EXIT_INCOMPLETE;
}
