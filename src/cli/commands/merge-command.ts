import { readBaseline } from '../../diff/read-baseline.js';
import { checkOutputFile } from '../../output/check-output-folder.js';
import { writeOne } from '../../output/write-artifacts.js';
import { mergeReports, type NamedReport } from '../../pipeline/merge-reports.js';
import { plural } from '../../model/plural.js';
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

  warnIfFarApart(parts, context);
  const merged = mergeReports(parts, context.clock().toISOString());
  await writeOne(out, `${JSON.stringify(merged, null, 2)}\n`);
  context.logger.info(
    `merged ${parts.length} reports, ${merged.stacks.length} stacks, into ${out}`,
  );
  if (merged.complete) return EXIT_OK;
  process.stderr.write(`stack-ami-report: ${describeIncomplete(merged)}\n`);
  return EXIT_INCOMPLETE;
}

/** Parallel stages of one pipeline collect within minutes of each other. */
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Parts collected a day or more apart are seldom stages of one run: a stale file left in a
 * workspace, say. They are merged all the same, with a warning naming the oldest and newest.
 */
function warnIfFarApart(parts: NamedReport[], context: CliContext): void {
  const dated = parts
    .map((part) => ({ name: part.name, at: Date.parse(part.report.generatedAt) }))
    .filter((part) => Number.isFinite(part.at))
    .sort((a, b) => a.at - b.at);
  const [oldest, newest] = [dated[0], dated[dated.length - 1]];
  if (!oldest || !newest || newest.at - oldest.at < DAY_MS) return;

  const days = Math.floor((newest.at - oldest.at) / DAY_MS);
  context.logger.warn(
    `the reports were collected ${plural(days, 'day')} apart (${oldest.name} at ` +
      `${new Date(oldest.at).toISOString()}, ${newest.name} at ` +
      `${new Date(newest.at).toISOString()}): the merged report mixes those times`,
  );
}

/** The same part given twice would read as two stages that both reported every stack. */
function checkDistinct(files: string[]): void {
  const twice = files.find((file, index) => files.indexOf(file) !== index);
  if (twice !== undefined) {
    throw new UsageError(`${twice} is given twice`, { hint: 'pass each report file once' });
  }
}
