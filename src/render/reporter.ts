import type { AmiReport } from '../model/report.js';

/** One file a reporter produces, named relative to the output folder. */
export interface RenderedFile {
  name: string;
  content: string;
}

/**
 * A file to write, whose content may come in parts: the parts are read in order, one at a
 * time, so a large file need never be held whole.
 */
export interface ArtifactFile {
  name: string;
  content: string | Iterable<string>;
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
  /**
   * Optional: the same files with their content in parts, rendered as the parts are read.
   * Writing artifacts uses it when present, so that large reports are written part by part.
   */
  renderInParts?(
    report: AmiReport,
    options: RenderOptions,
  ): ArtifactFile[] | Promise<ArtifactFile[]>;
}
