import { UsageError } from '../../model/errors.js';
import type { AmiReport, DeploymentDiff } from '../../model/report.js';
import { markdownCode } from '../markdown/escape-markdown.js';
import { renderIncompleteBanner } from '../markdown/incomplete-banner.js';
import { describeIncomplete } from '../view/describe-incomplete.js';
import { commentMarker } from './comment-marker.js';
import { countDiff, hasChanges } from './diff-counts.js';
import { summariseDiff } from './diff-summary.js';
import { buildChangeTable, buildFindingTable, buildUnchangedTable } from './diff-tables.js';
import { plural } from '../../model/plural.js';
import { fitBlocks, type Block, type OmittedRows, type TableBlock } from './fit-blocks.js';

/** GitHub refuses an issue or PR comment longer than this (it counts UTF-16 units, as JS). */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface DiffMarkdownOptions {
  /** Tells several reports on one PR apart; part of the hidden marker. */
  commentId?: string;
  /** Where the full report can be read (a CI build page or artifact URL). */
  detailsUrl?: string;
  /** Largest body in characters; rows are left out, whole, to stay within it. */
  limit?: number;
  /** Return undefined when nothing changed, so that no comment is posted. */
  skipUnchanged?: boolean;
}

/** What could not be read is listed up to this many times; the full report has the rest. */
const BANNER_ERRORS = 10;

/**
 * The deployment diff as a PR comment or job summary: the hidden marker line, one summary line,
 * the changes, then new check failures, then the unchanged parameters folded away. A report
 * that could not be read whole gets the INCOMPLETE banner first, and is written even when
 * nothing changed: what was not read may have. Pure: the same input gives the same text.
 */
export function renderDiffMarkdown(
  input: DeploymentDiff | AmiReport,
  options: DiffMarkdownOptions = {},
): string | undefined {
  const diff = selectDiff(input);
  const incomplete = 'schemaVersion' in input ? describeIncomplete(input).incomplete : undefined;
  const counts = countDiff(diff);
  const changed = hasChanges(counts);
  if (options.skipUnchanged && !changed && !incomplete) return undefined;

  const summary = summariseDiff(counts, diff.baselineGeneratedAt, incomplete === undefined);
  const head = [
    commentMarker(options.commentId),
    ...(incomplete ? [`${renderIncompleteBanner(incomplete, BANNER_ERRORS)}\n`] : []),
    summary,
  ].join('\n');
  const blocks = changed ? changeBlocks(diff) : quietBlocks(diff);
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const body = fitBlocks(
    [{ kind: 'text', text: head }, ...blocks, { kind: 'note' }, footer(options.detailsUrl)],
    limit,
    (omitted, total) => writeTruncationNote(omitted, total, limit, options.detailsUrl),
  );
  return checkLength(body, limit);
}

function selectDiff(input: DeploymentDiff | AmiReport): DeploymentDiff {
  if (!('schemaVersion' in input)) return input;
  if (input.diff) return input.diff;

  throw new UsageError('the report has no deployment diff to render', {
    hint: 'make the report with --baseline PREVIOUS.json, or run the diff command',
  });
}

function changeBlocks(diff: DeploymentDiff): Block[] {
  return present([
    buildChangeTable(diff, 'Changes'),
    buildFindingTable(diff),
    buildUnchangedTable(diff),
  ]);
}

/** Nothing changed: a short body, listing only what could not be compared (NoEcho). */
function quietBlocks(diff: DeploymentDiff): Block[] {
  return present([buildChangeTable(diff, 'Not comparable')]);
}

function footer(detailsUrl: string | undefined): Block {
  const target = detailsUrl === undefined ? undefined : linkTarget(detailsUrl);
  if (target) return { kind: 'text', text: `[Full report](${target})` };
  if (detailsUrl) return { kind: 'text', text: `Full report: ${markdownCode(detailsUrl)}` };

  return { kind: 'text', text: 'The full report is among the artifacts of this run.' };
}

function writeTruncationNote(
  omitted: OmittedRows,
  total: number,
  limit: number,
  detailsUrl: string | undefined,
): string {
  const left = [...omitted.values()].reduce((sum, count) => sum + count, 0);
  const parts = [...omitted].map(([category, count]) => `${category}: ${count}`).join(', ');
  const where = detailsUrl === undefined ? 'the full report' : 'the full report linked below';
  return (
    `> **Truncated** to stay within ${limit} characters: ${left} of ` +
    `${plural(total, 'row', 'rows')} left out (${parts}). Every row is in ${where}.`
  );
}

/** Only http(s) links are made clickable; parentheses would end the Markdown link early. */
function linkTarget(url: string): string | undefined {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return undefined;

  return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function checkLength(body: string, limit: number): string {
  if (body.length <= limit) return body;

  throw new UsageError(`a diff comment limit of ${limit} characters leaves no room for rows`, {
    hint:
      'use a limit of at least a few thousand characters ' +
      `(GitHub allows ${GITHUB_COMMENT_LIMIT})`,
  });
}

function present(tables: (TableBlock | undefined)[]): Block[] {
  return tables.filter((table): table is TableBlock => table !== undefined);
}
