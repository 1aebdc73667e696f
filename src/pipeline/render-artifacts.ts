import type { AmiReport } from '../model/report.js';
import {
  renderDiffMarkdown,
  type DiffMarkdownOptions,
} from '../render/diff/render-diff-markdown.js';
import {
  renderEachFormat,
  renderReport,
  type RenderReportOptions,
} from '../render/render-report.js';
import type { ArtifactFile, RenderedFile } from '../render/reporter.js';

export const DIFF_FILE = 'ami-diff.md';
export const ALL_FORMATS = ['md', 'html', 'junit', 'json'];

export interface ArtifactOptions extends RenderReportOptions {
  diff?: DiffMarkdownOptions;
}

/**
 * Every artifact of a report, rendered in memory: the chosen formats, and `ami-diff.md` when
 * the report carries a diff (unless `skipUnchanged` and nothing changed).
 */
export async function renderArtifacts(
  report: AmiReport,
  options: ArtifactOptions,
): Promise<RenderedFile[]> {
  const { diff: diffOptions, ...renderOptions } = options;
  const files = await renderReport(report, renderOptions);
  const diff = renderDiffFile(report, diffOptions, renderOptions);
  return diff ? [...files, diff] : files;
}

/**
 * The same artifacts, one format at a time and in parts where a format can be rendered so,
 * for `writeArtifacts` to write each one before the next is rendered.
 */
export async function* eachArtifact(
  report: AmiReport,
  options: ArtifactOptions,
): AsyncGenerator<ArtifactFile, void, undefined> {
  const { diff: diffOptions, ...renderOptions } = options;
  yield* renderEachFormat(report, renderOptions);
  const diff = renderDiffFile(report, diffOptions, renderOptions);
  if (diff) yield diff;
}

function renderDiffFile(
  report: AmiReport,
  diffOptions: DiffMarkdownOptions | undefined,
  options: RenderReportOptions,
): RenderedFile | undefined {
  if (!report.diff) return undefined;

  const body = renderDiffMarkdown(report, {
    ...diffOptions,
    ...(options.detailsUrl !== undefined ? { detailsUrl: options.detailsUrl } : {}),
    ...(options.markdownLimit !== undefined ? { limit: options.markdownLimit } : {}),
  });
  return body === undefined ? undefined : { name: DIFF_FILE, content: body };
}
