import type { IncompleteView, ReportView, StackView } from '../view/report-view.js';

/** What the Markdown templates see: the report view plus what was left out to fit. */
export interface MarkdownView extends Omit<ReportView, 'incomplete'> {
  showDetails: boolean;
  /** Empty when nothing was left out; otherwise says what was and where the rest is. */
  truncation: string;
  incomplete?: IncompleteView & { moreErrors: number };
}

export type RenderMarkdownView = (view: MarkdownView) => string;

/** GitHub rejects comment bodies longer than this many characters (JavaScript length). */
export const DEFAULT_MARKDOWN_LIMIT = 65536;

const ERRORS_WHEN_SHORT = 10;

/**
 * No table row is shorter than this: seven cells need eight pipes and their spaces. It bounds
 * how many rows can fit, so a large report is not rendered whole just to measure it.
 */
const MIN_ROW_CHARS = 16;

/**
 * The longest body within `limit`, degraded one step at a time: first the details go, then
 * whole rows (problem rows are kept longest), then whole stacks with no row left. A row is
 * never cut, and the note says what is missing and where the full report is.
 */
export function fitMarkdownBudget(
  view: ReportView,
  render: RenderMarkdownView,
  limit: number,
): string {
  if (countRows(view) * MIN_ROW_CHARS <= limit) {
    const full = render(withLimits(view, view.stacks, true, '', Infinity));
    if (full.length <= limit) return full;

    const noDetailsNote = `the per-image details were left out. Full report: ${where(view)}.`;
    const noDetails = render(withLimits(view, view.stacks, false, noDetailsNote, Infinity));
    if (noDetails.length <= limit) return noDetails;
  }

  const fitted = fitRows(view, render, limit);
  return fitted ?? cutAtLine(render(keepRows(view, 0, 0)), limit, where(view));
}

function fitRows(view: ReportView, render: RenderMarkdownView, limit: number): string | undefined {
  const mostThatFit = Math.min(countRows(view), Math.floor(limit / MIN_ROW_CHARS));
  for (const errorCap of [Infinity, ERRORS_WHEN_SHORT]) {
    let low = 0;
    let high = mostThatFit;
    let best: string | undefined;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      const body = render(keepRows(view, middle, errorCap));
      if (body.length <= limit) {
        best = body;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (best !== undefined) return best;
  }
  return undefined;
}

function countRows(view: ReportView): number {
  return view.stacks.reduce((sum, stack) => sum + stack.rows.length, 0);
}

/** The view with only `count` rows, problem rows first, in the report's own order. */
function keepRows(view: ReportView, count: number, errorCap: number): MarkdownView {
  const kept = chooseRows(view.stacks, count);
  const stacks = view.stacks
    .map((stack, s) => ({ ...stack, rows: stack.rows.filter((_, r) => kept.has(`${s}:${r}`)) }))
    .filter((stack) => stack.rows.length > 0);
  return withLimits(view, stacks, false, describeLeftOut(view, stacks), errorCap);
}

function chooseRows(stacks: readonly StackView[], count: number): Set<string> {
  const all = stacks.flatMap((stack, s) =>
    stack.rows.map((row, r) => ({
      id: `${s}:${r}`,
      urgent: row.problemCount > 0 || row.tone === 'bad',
    })),
  );
  const ordered = [...all.filter((row) => row.urgent), ...all.filter((row) => !row.urgent)];
  return new Set(ordered.slice(0, count).map((row) => row.id));
}

function describeLeftOut(view: ReportView, shown: readonly StackView[]): string {
  const totalRows = view.stacks.reduce((sum, stack) => sum + stack.rows.length, 0);
  const shownRows = shown.reduce((sum, stack) => sum + stack.rows.length, 0);
  const leftRows = totalRows - shownRows;
  const leftStacks = view.stacks.length - shown.length;
  return (
    `${leftRows} of ${totalRows} rows and ${leftStacks} of ${view.stacks.length} whole stacks ` +
    `were left out, and the per-image details; rows with problems are shown first. ` +
    `Full report: ${where(view)}.`
  );
}

function withLimits(
  view: ReportView,
  stacks: StackView[],
  showDetails: boolean,
  truncation: string,
  errorCap: number,
): MarkdownView {
  const incomplete = view.incomplete && {
    ...view.incomplete,
    errors: view.incomplete.errors.slice(0, errorCap),
    moreErrors: Math.max(0, view.incomplete.errors.length - errorCap),
  };
  return { ...view, stacks, showDetails, truncation, incomplete };
}

/** Last resort when even the headline and banner are too long: cut between lines. */
function cutAtLine(body: string, limit: number, location: string): string {
  const note = `\n\n> **Cut to fit the comment size limit.** Full report: ${location}.\n`;
  const room = Math.max(0, limit - note.length);
  const cut = body.slice(0, room);
  const lastLine = cut.lastIndexOf('\n');
  return `${lastLine > 0 ? cut.slice(0, lastLine) : ''}${note}`.slice(0, limit);
}

function where(view: ReportView): string {
  return view.fullReportLocation;
}
