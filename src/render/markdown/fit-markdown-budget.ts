import { plural } from '../../model/plural.js';
import type { IncompleteView, ReportView, RowView, StackView } from '../view/report-view.js';

/** A stack as the Markdown templates see it, with what was left out of it to fit. */
export interface MarkdownStackView extends StackView {
  /** Empty when every row is shown; otherwise how many rows are left out, and where they are. */
  rowsLeftOut: string;
}

/** What the Markdown templates see: the report view plus what was left out to fit. */
export interface MarkdownView extends Omit<ReportView, 'incomplete' | 'stacks'> {
  stacks: MarkdownStackView[];
  showDetails: boolean;
  /** Empty when nothing was left out; otherwise says what was and where the rest is. */
  truncation: string;
  incomplete?: IncompleteView & { moreErrors: number };
}

export type RenderMarkdownView = (view: MarkdownView) => string;

/** GitHub rejects comment bodies longer than this many characters (JavaScript length). */
export const DEFAULT_MARKDOWN_LIMIT = 65536;

const ERRORS_WHEN_SHORT = 10;

/** More than any template spends on saying that the details were left out. */
const NOTE_ALLOWANCE = 4096;

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
  const fewEnough = countRows(view) * MIN_ROW_CHARS <= limit;
  let tooMany: Probe | undefined = fewEnough ? partlyOver(view, render, limit) : undefined;
  if (fewEnough && tooMany === undefined) {
    // The body without details is rendered first: when it is far over the limit, the one with
    // details (the same body plus details, less the short note) cannot fit and is not rendered.
    const noDetailsNote = `the per-image details were left out. Full report: ${where(view)}.`;
    const whole = view.stacks.map((stack) => ({ ...stack, rowsLeftOut: '' }));
    const noDetails = render(withLimits(view, whole, false, noDetailsNote, Infinity));
    if (noDetails.length <= limit + NOTE_ALLOWANCE) {
      const full = render(withLimits(view, whole, true, '', Infinity));
      if (full.length <= limit) return full;
    }
    if (noDetails.length <= limit) return noDetails;
    tooMany = { count: countRows(view), length: noDetails.length };
  }

  const fitted = fitRows(view, render, limit, tooMany);
  return fitted ?? cutAtLine(render(keepRows(view, 0, 0)), limit, where(view));
}

/** Rows in the first part rendered to learn whether a large body can fit at all. */
const PROBE_ROWS = 128;

/**
 * A body of some of the rows that is already longer than the limit allows: the body of all
 * rows holds those rows and more, so it cannot fit either and is not rendered. The first part
 * tells about how long a row is; a part of a quarter more rows than that predicts to reach the
 * limit is rendered next. Undefined when the parts fit, or when the rows are too few to gain.
 */
function partlyOver(view: ReportView, render: RenderMarkdownView, limit: number) {
  const total = countRows(view);
  if (total <= 2 * PROBE_ROWS) return undefined;
  const room = limit + NOTE_ALLOWANCE;
  const lengthOf = (count: number) => render(keepRows(view, count, Infinity)).length;

  const first = lengthOf(PROBE_ROWS);
  if (first > room) return { count: PROBE_ROWS, length: first };
  const predicted = Math.ceil((1.25 * room * PROBE_ROWS) / Math.max(first, 1));
  if (predicted >= total / 2) return undefined;
  const second = lengthOf(predicted);
  return second > room ? { count: predicted, length: second } : undefined;
}

/** A row count tried, and the length of its body; undefined length when not rendered. */
interface Probe {
  count: number;
  length: number | undefined;
}

function fitRows(
  view: ReportView,
  render: RenderMarkdownView,
  limit: number,
  tooMany: Probe | undefined,
): string | undefined {
  const mostThatFit = Math.min(countRows(view), Math.floor(limit / MIN_ROW_CHARS));
  const firstTooMany = tooMany ?? { count: mostThatFit + 1, length: undefined };
  const fitted = mostRowsThatFit(view, render, limit, Infinity, firstTooMany);
  if (fitted !== undefined) return fitted;

  const unknown = { count: mostThatFit + 1, length: undefined };
  return mostRowsThatFit(view, render, limit, ERRORS_WHEN_SHORT, unknown);
}

/**
 * The body with the most rows within `limit`. A body grows almost in step with its rows, so
 * each try interpolates between the largest count known to fit and the smallest known not to;
 * after two tries on the same side it halves instead, so a skewed report still converges.
 * Large reports take a handful of renders instead of a whole binary search.
 */
function mostRowsThatFit(
  view: ReportView,
  render: RenderMarkdownView,
  limit: number,
  errorCap: number,
  tooMany: Probe,
): string | undefined {
  let best = render(keepRows(view, 0, errorCap));
  if (best.length > limit) return undefined;

  let fits: Probe = { count: 0, length: best.length };
  let over = tooMany;
  let sameSide = 0;
  let lastFitted: boolean | undefined;
  while (over.count - fits.count > 1) {
    const count = nextCount(fits, over, limit, sameSide >= 2);
    const body = render(keepRows(view, count, errorCap));
    const fitted = body.length <= limit;
    if (fitted) {
      best = body;
      fits = { count, length: body.length };
    } else {
      over = { count, length: body.length };
    }
    sameSide = fitted === lastFitted ? sameSide + 1 : 1;
    lastFitted = fitted;
  }
  return best;
}

function nextCount(fits: Probe, over: Probe, limit: number, halve: boolean): number {
  const middle = Math.floor((fits.count + over.count) / 2);
  if (halve || over.length === undefined || fits.length === undefined) return middle;

  const perRow = (over.length - fits.length) / (over.count - fits.count);
  const guess = fits.count + Math.floor((limit - fits.length) / Math.max(perRow, 1));
  return Math.min(Math.max(guess, fits.count + 1), over.count - 1);
}

function countRows(view: ReportView): number {
  return view.stacks.reduce((sum, stack) => sum + stack.rows.length, 0);
}

/** The view with only `count` rows, problem rows first, in the report's own order. */
function keepRows(view: ReportView, count: number, errorCap: number): MarkdownView {
  const kept = chooseRows(view.stacks, count);
  const stacks = view.stacks
    .map((stack, s) => {
      const rows = stack.rows.filter((_, r) => kept.has(`${s}:${r}`));
      return { ...stack, rows, rowsLeftOut: describeRowsLeftOut(stack.rows.length - rows.length) };
    })
    .filter((stack) => stack.rows.length > 0);
  return withLimits(view, stacks, false, describeLeftOut(view, stacks), errorCap);
}

/**
 * The rows kept when not all fit: first those with an error-level problem or of a stack whose
 * deployment failed, then those with any other problem, then the rest; each group in the
 * report's order. A comment that has room for a hundred rows must not spend it on warnings
 * while an error goes unmentioned.
 */
function chooseRows(stacks: readonly StackView[], count: number): Set<string> {
  const ranked = stacks.flatMap((stack, s) =>
    stack.rows.map((row, r) => ({ id: `${s}:${r}`, rank: urgencyOf(stack, row) })),
  );
  const ordered = [0, 1, 2].flatMap((rank) => ranked.filter((row) => row.rank === rank));
  return new Set(ordered.slice(0, count).map((row) => row.id));
}

function urgencyOf(stack: StackView, row: RowView): number {
  if (row.tone === 'bad' || stack.deploymentTone === 'bad') return 0;
  return row.problemCount > 0 || row.tone === 'warning' ? 1 : 2;
}

/** Said under a stack's table when some of its rows did not fit. */
function describeRowsLeftOut(count: number): string {
  if (count === 0) return '';
  const [verb, pronoun] = count === 1 ? ['is', 'it'] : ['are', 'them'];
  const rows = `${plural(count, 'more row')} of this stack ${verb}`;
  return `${rows} left out to fit; the full report has ${pronoun}`;
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
  stacks: MarkdownStackView[],
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
