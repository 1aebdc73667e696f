import type { AmiReport } from '../model/report.js';

/** One file a reporter produces, named relative to the output folder. */
export interface RenderedFile {
  name: string;
  content: string;
}

export interface RenderOptions {
  /** The clock's "now", for ages; the report's own `generatedAt` when omitted. */
  now?: string;
  /** Largest Markdown body in characters (GitHub rejects comments over 65536). */
  markdownLimit?: number;
  /** Where the full report can be read, linked from truncated Markdown. */
  detailsUrl?: string;
  /** A folder whose templates and partials replace the built-in ones of the same name. */
  templateDir?: string;
}

/**
 * A report format: the report model in, named files out. Pure: no file or network access
 * beyond reading templates. Users can load their own with `--reporter PATH`; the module's
 * default export (or a named export `reporter`) must satisfy this interface.
 */
export interface Reporter {
  /** The format name used with `--format`. */
  name: string;
  render(report: AmiReport, options: RenderOptions): RenderedFile[] | Promise<RenderedFile[]>;
}
