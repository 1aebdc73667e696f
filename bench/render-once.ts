import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { REPO } from './bench-options.js';
import { syntheticReport } from './synthetic-report.js';

const ALL_FORMATS = ['md', 'html', 'junit', 'json'];

/** Writes the generated report of `rows` AMI rows to `file`, for the render children to read. */
export function writeSyntheticReport(file: string, rows: number): void {
  writeFileSync(file, JSON.stringify(syntheticReport(rows)));
}

/**
 * The node arguments of one render child: plain Node running the built package (what users
 * run, without the TypeScript loader the bench itself needs), which checks the saved report,
 * renders one format (`all`: the four in one call, as a run does; `none`: nothing, to show the
 * base cost) and prints `{"ms":..,"chars":..}`. The modules are imported one by one: the
 * package index would also load the AWS SDK.
 */
export function renderChildArgs(reportFile: string, format: string): string[] {
  const built = (file: string) => pathToFileURL(path.join(REPO, 'dist', file)).href;
  const formats = format === 'all' ? ALL_FORMATS : format === 'none' ? [] : [format];
  const script = `
    import { readFileSync } from 'node:fs';
    const { evaluateReport } = await import(${JSON.stringify(built('pipeline/evaluate-report.js'))});
    const { renderReport } = await import(${JSON.stringify(built('render/render-report.js'))});
    const saved = JSON.parse(readFileSync(${JSON.stringify(reportFile)}, 'utf8'));
    const report = evaluateReport(saved, {
      checks: { checks: {}, overrides: [], waivers: [] },
      now: new Date('2026-12-03T12:00:00Z'),
    });
    const formats = ${JSON.stringify(formats)};
    const started = performance.now();
    const files = formats.length === 0 ? [] : await renderReport(report, { formats });
    const ms = performance.now() - started;
    const chars = files.reduce((sum, file) => sum + file.content.length, 0);
    console.log(JSON.stringify({ ms, chars }));
  `;
  return ['--input-type=module', '-e', script];
}
