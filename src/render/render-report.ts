import { UsageError } from '../model/errors.js';
import type { AmiReport } from '../model/report.js';
import { builtInReporters } from './builtin-reporters.js';
import type { RenderedFile, RenderOptions, Reporter } from './reporter.js';

export interface RenderReportOptions extends RenderOptions {
  /** Format names, in the order their files are wanted. */
  formats: readonly string[];
  /** The reporters to choose from; the built-in ones when omitted. */
  reporters?: readonly Reporter[];
}

/**
 * Renders every requested format. All formats are rendered before anything is written, so a
 * failing one leaves no half-written set of artifacts.
 */
export async function renderReport(
  report: AmiReport,
  options: RenderReportOptions,
): Promise<RenderedFile[]> {
  const { formats, reporters = builtInReporters(), ...renderOptions } = options;
  const chosen = formats.map((format) => findReporter(reporters, format));

  const files: RenderedFile[] = [];
  for (const reporter of chosen) files.push(...(await reporter.render(report, renderOptions)));
  return files;
}

function findReporter(reporters: readonly Reporter[], format: string): Reporter {
  const reporter = reporters.find((candidate) => candidate.name === format);
  if (reporter) return reporter;

  const known = reporters.map((candidate) => candidate.name).join(', ');
  throw new UsageError(`unknown format "${format}"`, {
    hint: `use --format with one or more of: ${known}`,
  });
}
