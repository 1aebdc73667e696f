import { syntheticReport } from './synthetic-report.js';

type Evaluate = typeof import('../src/pipeline/evaluate-report.js');
type Render = typeof import('../src/render/render-report.js');

/** A module of the build; the package's index would also load the AWS SDK, which skews memory. */
async function built<T>(file: string): Promise<T> {
  return (await import(new URL(`../dist/${file}`, import.meta.url).href)) as T;
}

/**
 * Child process of the render benchmark: renders one format of a generated report with the
 * built package (dist/, what users run) and prints `{"ms":..,"chars":..}`. The format `none`
 * only builds the report, to show the base cost; `all` renders the four formats in one call,
 * as a `report` or `render` run does.
 */
async function main(format: string, rows: number): Promise<void> {
  const { evaluateReport } = await built<Evaluate>('pipeline/evaluate-report.js');
  const { renderReport } = await built<Render>('render/render-report.js');
  const report = evaluateReport(syntheticReport(rows), {
    checks: { checks: {}, overrides: [], waivers: [] },
    now: new Date('2026-12-03T12:00:00Z'),
  });
  const formats = format === 'all' ? ALL_FORMATS : format === 'none' ? [] : [format];
  const started = performance.now();
  const files = formats.length === 0 ? [] : await renderReport(report, { formats });
  const ms = performance.now() - started;
  const chars = files.reduce((sum, file) => sum + file.content.length, 0);
  process.stdout.write(`${JSON.stringify({ ms, chars })}\n`);
}

const ALL_FORMATS = ['md', 'html', 'junit', 'json'];

await main(process.argv[2] ?? 'none', Number(process.argv[3] ?? '10000'));
