import { ReportError, TemplateError, UsageError } from '../model/errors.js';
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
  for (const reporter of chosen) files.push(...(await renderOne(reporter, report, renderOptions)));
  return files;
}

/** A reporter of the user's own that throws is their code failing: exit 2, named, not a crash. */
async function renderOne(reporter: Reporter, report: AmiReport, options: RenderOptions) {
  const builtIn = builtInReporters().some((candidate) => candidate.name === reporter.name);
  try {
    return await reporter.render(report, options);
  } catch (error) {
    if (builtIn || error instanceof ReportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new TemplateError(`the ${reporter.name} reporter failed: ${reason}`, {
      hint: `fix the reporter module, or leave ${reporter.name} out of --format`,
      cause: error,
    });
  }
}

function findReporter(reporters: readonly Reporter[], format: string): Reporter {
  const reporter = reporters.find((candidate) => candidate.name === format);
  if (reporter) return reporter;

  const known = reporters.map((candidate) => candidate.name).join(', ');
  throw new UsageError(`unknown format "${format}"`, {
    hint: `use --format with one or more of: ${known}`,
  });
}
