import { emptyChecksConfig } from '../src/config/config-types.js';
import { evaluateReport } from '../src/pipeline/evaluate-report.js';
import { renderReport } from '../src/render/render-report.js';
import { syntheticReport } from './synthetic-report.js';

/**
 * Child process of the render benchmark: renders one format of a generated report and prints
 * `{"ms":..,"chars":..}`. The format `none` only builds the report, to show the base cost;
 * `all` renders the four formats in one call, as a `report` or `render` run does.
 */
const ALL_FORMATS = ['md', 'html', 'junit', 'json'];

async function main(format: string, rows: number): Promise<void> {
  const report = evaluateReport(syntheticReport(rows), {
    checks: emptyChecksConfig(),
    now: new Date('2026-12-03T12:00:00Z'),
  });
  const started = performance.now();
  const formats = format === 'all' ? ALL_FORMATS : format === 'none' ? [] : [format];
  const files = formats.length === 0 ? [] : await renderReport(report, { formats });
  const ms = performance.now() - started;
  const chars = files.reduce((sum, file) => sum + file.content.length, 0);
  process.stdout.write(`${JSON.stringify({ ms, chars })}\n`);
}

await main(process.argv[2] ?? 'none', Number(process.argv[3] ?? '10000'));
