import type { AmiReport } from '../model/report.js';
import {
  renderDiffMarkdown,
  type DiffMarkdownOptions,
} from '../render/diff/render-diff-markdown.js';
import { renderReport, type RenderReportOptions } from '../render/render-report.js';
import type { RenderedFile } from '../render/reporter.js';

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
  if (!report.diff) return files;

  const body = renderDiffMarkdown(report, {
    ...diffOptions,
    ...(options.detailsUrl !== undefined ? { detailsUrl: options.detailsUrl } : {}),
    ...(options.markdownLimit !== undefined ? { limit: options.markdownLimit } : {}),
  });
  return body === undefined ? files : [...files, { name: DIFF_FILE, content: body }];
}
