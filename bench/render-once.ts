import { writeFileSync } from 'node:fs';

import { syntheticReport } from './synthetic-report.js';

/** Writes the generated report of `rows` AMI rows to `file`, for `render` to read. */
export function writeSyntheticReport(file: string, rows: number): void {
  writeFileSync(file, JSON.stringify(syntheticReport(rows)));
}

/**
 * The arguments of one `render` run of the saved report, as a user runs it: read and check
 * the file, run the checks, render `format` (`all`: the four formats, as `report` does) and
 * write the artifacts into `outDir`.
 */
export function renderArgs(reportFile: string, format: string, outDir: string): string[] {
  const formats = format === 'all' ? 'md,html,junit,json' : format;
  return ['--quiet', 'render', reportFile, '--format', formats, '--out-dir', outDir];
}
