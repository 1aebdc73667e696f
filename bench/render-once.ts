import { emptyChecksConfig } from '../src/config/config-types.js';
import { evaluateReport } from '../src/pipeline/evaluate-report.js';
import { renderReport } from '../src/render/render-report.js';
import { syntheticReport } from './synthetic-report.js';

/**
 * Child process of the render benchmark: renders one format of a generated report and prints
 * `{"ms":..,"chars":..}`. The format `none` only builds the report, to show the base cost.
 */
async function main(format: string, rows: number): Promise<void> {
  const report = evaluateReport(syntheticReport(rows), {
    checks: emptyChecksConfig(),
    now: new Date('2026-12-03T12:00:00Z'),
  });
  const started = performance.now();
  const files = format === 'none' ? [] : await renderReport(report, { formats: [format] });
  const ms = performance.now() - started;
  const chars = files.reduce((sum, file) => sum + file.content.length, 0);
  process.stdout.write(`${JSON.stringify({ ms, chars })}\n`);
}

await main(process.argv[2] ?? 'none', Number(process.argv[3] ?? '10000'));
