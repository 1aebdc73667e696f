import { readBaseline } from '../../diff/read-baseline.js';
import { checkOutputFile } from '../../output/check-output-folder.js';
import { writeOne } from '../../output/write-artifacts.js';
import { mergeReports } from '../../pipeline/merge-reports.js';
import type { CliContext } from '../cli-context.js';
import { describeIncomplete } from '../describe-incomplete.js';
import { EXIT_INCOMPLETE, EXIT_OK } from '../exit-codes.js';
import { stringFlag } from '../parse-flags.js';
import { UsageError } from '../../model/errors.js';

/** `merge`: one report from the reports of parallel CI stages. */
export async function runMerge(
  args: string[],
  flags: Record<string, unknown>,
  context: CliContext,
) {
  const out = stringFlag(flags, 'out') ?? 'ami-report.json';
  await checkOutputFile(out);
  checkDistinct(args);
  const parts = await Promise.all(
    args.map(async (name) => ({
      name,
      report: await readBaseline(name, { role: 'report', currentVersionOnly: true }),
    })),
  );

  const merged = mergeReports(parts, context.clock().toISOString());
  await writeOne(out, `${JSON.stringify(merged, null, 2)}\n`);
  context.logger.info(
    `merged ${parts.length} reports, ${merged.stacks.length} stacks, into ${out}`,
  );
  if (merged.complete) return EXIT_OK;
  process.stderr.write(`stack-ami-report: ${describeIncomplete(merged)}\n`);
  return EXIT_INCOMPLETE;
}

/** The same part given twice would read as two stages that both reported every stack. */
function checkDistinct(files: string[]): void {
  const twice = files.find((file, index) => files.indexOf(file) !== index);
  if (twice !== undefined) {
    throw new UsageError(`${twice} is given twice`, { hint: 'pass each report file once' });
  }
}
