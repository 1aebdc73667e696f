import { readFile } from 'node:fs/promises';

import { InputError } from '../model/errors.js';
import { silentLogger, type Logger } from '../model/logger.js';
import { SCHEMA_VERSION, type AmiReport } from '../model/report.js';
import { checkReportShape, isRecord } from './report-shape.js';

/**
 * What a file is to the user. A baseline, or the previous report of a diff, comes from an
 * earlier run, perhaps of an older stack-ami-report: another schema version is read when it
 * has what the diff needs, so that the first run after an upgrade still gets its diff. A
 * report to render and the current report of a diff are refused in another version: this
 * version would drop the fields it does not know and write or compare the rest as if they
 * were its own.
 */
export type ReportRole = 'baseline' | 'previous report' | 'report' | 'current report';

export interface ReadBaselineOptions {
  logger?: Logger;
  /** What the file is, for messages and for which schema versions are read. */
  role?: ReportRole;
  /** Refuse other schema versions instead of reading what the diff needs (`merge` rewrites). */
  currentVersionOnly?: boolean;
}

interface RoleText {
  /** What to pass instead of a file that is not a report. */
  hint: string;
  /** For a role that reads only this schema version: the command the file was given to. */
  strictIn?: 'render' | 'diff';
}

/** A file as messages name it. */
interface Named extends RoleText {
  path: string;
  role: ReportRole;
  label: string;
}

const SHOWN_PROBLEMS = 3;

const BASELINE_HINT =
  'pass the ami-report.json that a previous run of stack-ami-report wrote (--baseline FILE)';
const REPORT_HINT = 'pass a report JSON written by stack-ami-report report, collect or merge';
const DIFF_HINT =
  'pass two reports written by stack-ami-report report, collect or merge: ' +
  'diff PREVIOUS.json CURRENT.json';

// merge reads its parts as reports, and refuses other versions first with its own reason
const ROLES: Record<ReportRole, RoleText> = {
  baseline: { hint: BASELINE_HINT },
  'previous report': { hint: DIFF_HINT },
  report: { hint: REPORT_HINT, strictIn: 'render' },
  'current report': { hint: DIFF_HINT, strictIn: 'diff' },
};

/**
 * Reads a saved report: the previous run's for the diff, or one to render. A file that is not a
 * complete report of a version this tool understands is refused with the reason; a report of
 * another schema version is read when its role allows it and it has every field the diff needs.
 */
export async function readBaseline(
  path: string,
  options: ReadBaselineOptions = {},
): Promise<AmiReport> {
  const file = nameOf(path, options.role ?? 'baseline');
  const parsed = parseJson(file, await readText(file));
  const version = readSchemaVersion(file, parsed);

  if (version === SCHEMA_VERSION) return checkCurrentVersion(file, parsed);
  if (options.currentVersionOnly) {
    throw new InputError(
      `${file.label} has schemaVersion ${version}; ` +
        `this tool writes schemaVersion ${SCHEMA_VERSION}`,
      { hint: 'collect every part with the same version of stack-ami-report' },
    );
  }
  if (file.strictIn !== undefined) throw refuseOtherVersion(file, file.strictIn, version);

  return readOtherVersion(file, parsed, version, options.logger ?? silentLogger);
}

function nameOf(path: string, role: ReportRole): Named {
  return { path, role, label: `${role} ${path}`, ...ROLES[role] };
}

/** Names both versions, and the way out: the version that wrote the file, or a newer one. */
function refuseOtherVersion(file: Named, command: string, version: number): InputError {
  const instead =
    version > SCHEMA_VERSION
      ? `upgrade stack-ami-report to a version that reads schemaVersion ${version}`
      : 'make the report again with this version';
  return new InputError(
    `${file.label} has schemaVersion ${version}, and this version of stack-ami-report ` +
      `reads only schemaVersion ${SCHEMA_VERSION}`,
    { hint: `${command} it with the stack-ami-report version that wrote it, or ${instead}` },
  );
}

async function readText(file: Named): Promise<string> {
  try {
    return await readFile(file.path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file.label}: ${describeReadError(error)}`, {
      hint: file.hint,
      cause: error,
    });
  }
}

function parseJson(path: Named, text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw refuse(path, 'is empty');

  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw refuse(path, describeJsonError(body, error), error);
  }
}

function readSchemaVersion(path: Named, parsed: unknown): number {
  if (!isRecord(parsed)) throw refuse(path, 'is JSON but not an object');

  const version = parsed.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw refuse(path, 'has no numeric schemaVersion, so it is not a stack-ami-report report');
  }
  return version;
}

function checkCurrentVersion(path: Named, parsed: unknown): AmiReport {
  const problems = checkReportShape(parsed, true);
  if (problems.length > 0) throw refuse(path, `has the wrong shape: ${listProblems(problems)}`);

  return parsed as AmiReport;
}

/**
 * Another version of a baseline or previous report: usable when the fields the diff reads are
 * there, refused otherwise.
 */
function readOtherVersion(
  path: Named,
  parsed: unknown,
  version: number,
  logger: Logger,
): AmiReport {
  const problems = checkReportShape(parsed, false);
  if (problems.length > 0 || !isRecord(parsed)) {
    throw new InputError(
      `${path.label} has schemaVersion ${version}, and this tool reads schemaVersion ` +
        `${SCHEMA_VERSION}; it lacks what the diff needs: ${listProblems(problems)}`,
      {
        hint:
          `make the ${path.role} with this version of stack-ami-report, ` +
          'or diff with the one that wrote it',
      },
    );
  }

  logger.warn(
    `${path.label} has schemaVersion ${version}; this tool reads schemaVersion ` +
      `${SCHEMA_VERSION} and uses only the fields its diff needs`,
  );
  return normaliseOtherVersion(parsed);
}

/** Fills what an older or newer report may lack with empty values; the diff reads none of it. */
function normaliseOtherVersion(parsed: Record<string, unknown>): AmiReport {
  const shaped = parsed as unknown as Partial<AmiReport>;
  return {
    generator: { name: 'unknown', version: 'unknown' },
    complete: true,
    source: { kind: 'merge', parts: 1 },
    omitted: [],
    stats: { calls: {}, retries: 0, durationMs: 0 },
    ...shaped,
    schemaVersion: SCHEMA_VERSION,
    generatedAt: shaped.generatedAt ?? '',
    stacks: shaped.stacks ?? [],
    images: shaped.images ?? [],
    findings: shaped.findings ?? [],
    errors: shaped.errors ?? [],
  };
}

function refuse(path: Named, reason: string, cause?: unknown): InputError {
  return new InputError(`${path.label} ${reason}`, { hint: path.hint, cause });
}

function listProblems(problems: string[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

function describeJsonError(body: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (endsEarly(body))
    return `is not complete JSON: it ends early (was the file cut off?): ${message}`;

  return `is not valid JSON: ${message}`;
}

/** A report is one object; a file cut off while written or copied lacks the closing brace. */
function endsEarly(body: string): boolean {
  const text = body.trim();
  return text.startsWith('{') && !text.endsWith('}');
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EISDIR') return 'the path is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String(error);
}
