import { diffReports } from '../../diff/diff-reports.js';
import { readBaseline } from '../../diff/read-baseline.js';
import { UsageError } from '../../model/errors.js';
import { checkOutputFile } from '../../output/check-output-folder.js';
import { writeOne } from '../../output/write-artifacts.js';
import { renderDiffMarkdown } from '../../render/diff/render-diff-markdown.js';
import type { CliContext } from '../cli-context.js';
import { EXIT_OK } from '../exit-codes.js';
import { booleanFlag, integerFlag, stringFlag } from '../parse-flags.js';

/** `diff`: what changed between two saved reports, as PR-comment Markdown. */
export async function runDiff(args: string[], flags: Record<string, unknown>, context: CliContext) {
  const [previousPath, currentPath] = args;
  if (previousPath === undefined || currentPath === undefined) {
    throw new UsageError('diff needs two report files', {
      hint: 'stack-ami-report diff PREVIOUS.json CURRENT.json',
    });
  }
  const limit = integerFlag(flags, 'markdownLimit', '--markdown-limit', {
    min: 1000,
    max: 10_000_000,
  });
  const commentId = stringFlag(flags, 'commentId');
  const detailsUrl = stringFlag(flags, 'detailsUrl');
  const out = stringFlag(flags, 'out');
  // as in merge and collect: a path that cannot be written is named before anything is read
  if (out !== undefined) await checkOutputFile(out);

  // the previous report may come from an older stack-ami-report, and is read as a baseline is
  const [previous, current] = await Promise.all([
    readBaseline(previousPath, { role: 'previous report', logger: context.logger }),
    readBaseline(currentPath, { role: 'current report' }),
  ]);
  const body = renderDiffMarkdown(diffReports(previous, current), {
    ...(commentId !== undefined ? { commentId } : {}),
    ...(detailsUrl !== undefined ? { detailsUrl } : {}),
    ...(limit !== undefined ? { limit } : {}),
    skipUnchanged: booleanFlag(flags, 'skipUnchanged'),
  });

  if (body === undefined) context.logger.info('no AMI changed; no diff written');
  else if (out !== undefined) await writeOne(out, body);
  else process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
  return EXIT_OK;
}
