import { ReportError, TemplateError, UsageError } from '../model/errors.js';
import type { AmiReport } from '../model/report.js';
import { builtInReporters } from './builtin-reporters.js';
import type { ArtifactFile, RenderedFile, RenderOptions, Reporter } from './reporter.js';

export interface RenderReportOptions extends RenderOptions {
  /** Format names, in the order their files are wanted. */
  formats: readonly string[];
  /** The reporters to choose from; the built-in ones when omitted. */
  reporters?: readonly Reporter[];
}

/** Renders every requested format, in the order asked for. */
export async function renderReport(
  report: AmiReport,
  options: RenderReportOptions,
): Promise<RenderedFile[]> {
  const { formats, reporters = builtInReporters(), ...renderOptions } = options;
  const chosen = formats.map((format) => findReporter(reporters, format));

  const files: RenderedFile[] = [];
  for (const reporter of chosen)
    files.push(...(await renderWhole(reporter, report, renderOptions)));
  return files;
}

/**
 * The same files, one format at a time and in parts where the reporter can render them so:
 * a writer can write each one before the next is rendered, so that a large report never
 * holds all of its artifacts at once. Every format name is checked before the first one is
 * rendered.
 */
export async function* renderEachFormat(
  report: AmiReport,
  options: RenderReportOptions,
): AsyncGenerator<ArtifactFile, void, undefined> {
  const { formats, reporters = builtInReporters(), ...renderOptions } = options;
  const chosen = formats.map((format) => findReporter(reporters, format));

  for (const reporter of chosen) yield* await renderInParts(reporter, report, renderOptions);
}

/** A reporter of the user's own that throws is their code failing: exit 2, named, not a crash. */
function renderWhole(reporter: Reporter, report: AmiReport, options: RenderOptions) {
  return namingFailures(reporter, async () =>
    checkFiles(await reporter.render(report, options), { parts: false }),
  );
}

async function renderInParts(reporter: Reporter, report: AmiReport, options: RenderOptions) {
  if (!reporter.renderInParts) return renderWhole(reporter, report, options);

  const files = await namingFailures(reporter, async () =>
    checkFiles(await reporter.renderInParts?.(report, options), { parts: true }),
  );
  return files.map((file) => ({ ...file, content: guard(file.content, reporter) }));
}

/**
 * What a reporter returned, checked before anything is written: a list of files, each with a
 * name and its content as text (or, from `renderInParts`, as parts of text). A module of the
 * user's own may return anything, and a wrong shape would otherwise fail deep in the writer as
 * the tool's own error, or be written as something else (a Buffer as its byte values).
 */
function checkFiles<T extends ArtifactFile>(
  files: readonly T[] | undefined,
  allowed: { parts: boolean },
) {
  const list: unknown = files;
  if (!Array.isArray(list)) throw new TypeError('it returned no list of files');
  list.forEach((file: unknown, index) => {
    const { name, content } = (file ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name === '') {
      throw new TypeError(`file ${index + 1} of the list it returned has no name`);
    }
    const inParts = allowed.parts && isIterable(content) && !ArrayBuffer.isView(content);
    if (typeof content !== 'string' && !inParts) {
      throw new TypeError(`the content of ${name} is ${describeValue(content)}, not text`);
    }
  });
  return list as T[];
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (ArrayBuffer.isView(value)) return 'binary data';
  return typeof value;
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}

async function namingFailures<T>(reporter: Reporter, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    throw nameFailure(reporter, error);
  }
}

/** Built-in reporters and the tool's own errors pass through as they are. */
function nameFailure(reporter: Reporter, error: unknown): unknown {
  const builtIn = builtInReporters().some((candidate) => candidate.name === reporter.name);
  if (builtIn || error instanceof ReportError) return error;

  const reason = error instanceof Error ? error.message : String(error);
  return new TemplateError(`the ${reporter.name} reporter failed: ${reason}`, {
    hint: `fix the reporter module, or leave ${reporter.name} out of --format`,
    cause: error,
  });
}

/** Parts are rendered as they are read: a failure then must be named just the same. */
function guard(content: string | Iterable<string>, reporter: Reporter): string | Iterable<string> {
  if (typeof content === 'string') return content;

  return (function* guarded() {
    try {
      for (const part of content as Iterable<unknown>) {
        if (typeof part !== 'string')
          throw new TypeError(`a part of its content is ${typeof part}`);
        yield part;
      }
    } catch (error) {
      throw nameFailure(reporter, error);
    }
  })();
}

function findReporter(reporters: readonly Reporter[], format: string): Reporter {
  const reporter = reporters.find((candidate) => candidate.name === format);
  if (reporter) return reporter;

  const known = reporters.map((candidate) => candidate.name).join(', ');
  throw new UsageError(`unknown format "${format}"`, {
    hint: `use --format with one or more of: ${known}`,
  });
}
