import { InputError } from '../model/errors.js';
import type { AmiReport, ImageEntry, RunScope, StackEntry } from '../model/report.js';
import { sortFindings } from '../checks/sort-findings.js';
import { compareErrors, compareStacks } from './collect.js';

export interface NamedReport {
  /** Where the report came from, for messages. */
  name: string;
  report: AmiReport;
}

/**
 * Combines reports collected by parallel CI stages (one per account or region) into one, as if
 * one run had read all of them. A stack present in two parts is refused: the stages overlap.
 */
export function mergeReports(parts: NamedReport[], generatedAt: string): AmiReport {
  const first = parts[0];
  if (!first)
    throw new InputError('no reports to merge', { hint: 'pass two or more report files' });
  checkVersions(parts);
  checkDuplicateStacks(parts);

  const reports = parts.map((part) => part.report);
  return {
    schemaVersion: first.report.schemaVersion,
    generator: first.report.generator,
    generatedAt,
    complete: reports.every((report) => report.complete),
    source: { kind: 'merge', parts: parts.length },
    stacks: reports.flatMap((report) => report.stacks).sort(compareStacks),
    images: mergeImages(reports.flatMap((report) => report.images)),
    errors: reports.flatMap((report) => report.errors).sort(compareErrors),
    findings: sortFindings(reports.flatMap((report) => report.findings)),
    omitted: reports.flatMap((report) => report.omitted),
    ...mergeScopes(reports),
    stats: {
      calls: sumCalls(reports),
      retries: reports.reduce((sum, report) => sum + report.stats.retries, 0),
      durationMs: Math.max(...reports.map((report) => report.stats.durationMs)),
    },
  };
}

function checkVersions(parts: NamedReport[]): void {
  const versions = new Set(parts.map((part) => part.report.schemaVersion));
  if (versions.size > 1) {
    const list = parts.map((part) => `${part.name} v${part.report.schemaVersion}`).join(', ');
    throw new InputError(`reports of different schema versions cannot be merged: ${list}`, {
      hint: 'collect every part with the same stack-ami-report version',
    });
  }
}

function checkDuplicateStacks(parts: NamedReport[]): void {
  const seen = new Map<string, string>();
  for (const part of parts) {
    for (const stack of part.report.stacks) {
      const other = seen.get(stack.stackId);
      if (other !== undefined) throw duplicateStack(stack, other, part.name);
      seen.set(stack.stackId, part.name);
    }
  }
}

function duplicateStack(stack: StackEntry, first: string, second: string): InputError {
  return new InputError(
    `stack ${stack.stackName} (${stack.region}, ${stack.accountId}) ` +
      `is in both ${first} and ${second}`,
    { hint: 'give each CI stage its own accounts, regions or stack prefix' },
  );
}

/** The same image seen by two parts is one image; a found entry wins over a failed lookup. */
function mergeImages(images: ImageEntry[]): ImageEntry[] {
  const byKey = new Map<string, ImageEntry>();
  for (const image of images) {
    const key = `${image.region} ${image.imageId}`;
    const known = byKey.get(key);
    if (!known || (known.lookup !== 'found' && image.lookup === 'found')) byKey.set(key, image);
  }
  return [...byKey.values()].sort((a, b) =>
    `${a.region} ${a.imageId}`.localeCompare(`${b.region} ${b.imageId}`),
  );
}

function sumCalls(reports: AmiReport[]): Record<string, number> {
  const totals = new Map<string, number>();
  for (const report of reports) {
    for (const [operation, count] of Object.entries(report.stats.calls)) {
      totals.set(operation, (totals.get(operation) ?? 0) + count);
    }
  }
  return Object.fromEntries([...totals].sort(([a], [b]) => a.localeCompare(b)));
}

/** A merged report covers what each part covered; a part without scopes covered everything. */
function mergeScopes(reports: AmiReport[]): { scopes?: RunScope[] } {
  if (reports.some((report) => !report.scopes)) return {};
  return { scopes: reports.flatMap((report) => report.scopes ?? []) };
}
