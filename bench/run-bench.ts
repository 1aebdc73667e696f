import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { FaultProxy } from '../test/helpers/fault-proxy.js';
import { startMoto, type MotoServer } from '../test/helpers/moto-server.js';
import { builtIsFresh, cleanEnv, cliEntry } from '../test/helpers/run-cli.js';
import { parseBenchOptions, REGIONS, REPO, type BenchOptions } from './bench-options.js';
import { fillFleet } from './fill-fleet.js';
import { renderArgs, writeSyntheticReport } from './render-once.js';
import { measureCommand, median, type Measured } from './measure-command.js';
import { fleetTable, renderTable, type FleetRow, type RenderRow } from './format-tables.js';

/**
 * Compares `stack-ami-report report` with the per-parameter baseline script on moto fleets of
 * several sizes (API calls through a counting proxy, median wall time, peak memory), then
 * times `--version` and rendering a large report. Prints Markdown tables; asserts nothing.
 */
async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  const moto = await startMoto();
  const proxy = await FaultProxy.start({ upstream: moto.endpoint });
  try {
    const rows: FleetRow[] = [];
    for (const size of options.sizes) rows.push(...(await benchFleet(size, options, moto, proxy)));
    const version = await benchVersion(options.runs);
    const render = options.skipRender ? [] : await benchRender(options);
    printResults(options, rows, version, render);
  } finally {
    await proxy.close();
    await moto.stop();
  }
}

async function benchFleet(
  size: number,
  options: BenchOptions,
  moto: MotoServer,
  proxy: FaultProxy,
) {
  await moto.reset();
  const filler = await fillFleet(moto.endpoint, {
    stacks: size,
    images: options.images,
    baselineDir: options.baselineDir,
  });
  process.stderr.write(`filled ${size} stacks with ${filler}\n`);

  const tools: [string, Runner][] = [
    ['stack-ami-report report', runReport],
    ['stack-ami-report collect', runCollect],
  ];
  const baseline = path.join(options.baselineDir, 'per_parameter_report.py');
  if (existsSync(baseline)) {
    tools.push(['per-parameter baseline', (endpoint) => runBaseline(baseline, endpoint)]);
  }
  return measureRuns(tools, size, options.runs, proxy);
}

type Runner = (endpoint: string) => Promise<{ measured: Measured; check: string | undefined }>;

/**
 * Runs every tool once per round, in turn, for `runs` rounds: the emulator slows down and
 * speeds up over minutes, and taking turns lets that drift fall on every tool alike instead of
 * on whichever ran last.
 */
async function measureRuns(
  tools: [string, Runner][],
  stacks: number,
  runs: number,
  proxy: FaultProxy,
): Promise<FleetRow[]> {
  const results = tools.map(([tool, run]) => ({
    tool,
    run,
    times: [] as number[],
    peaks: [] as number[],
    calls: {},
  }));
  for (let round = 0; round < runs; round += 1) {
    for (const result of results) {
      proxy.clear();
      const { measured, check } = await result.run(proxy.endpoint);
      if (check) throw new Error(`${result.tool} at ${stacks} stacks: ${check}`);
      result.times.push(measured.wallMs);
      if (measured.peakMiB !== undefined) result.peaks.push(measured.peakMiB);
      result.calls = proxy.counts();
    }
  }
  return results.map(({ tool, times, peaks, calls }) => ({
    tool,
    stacks,
    calls,
    wallMs: median(times),
    ...(peaks.length > 0 ? { peakMiB: median(peaks) } : {}),
  }));
}

/** The whole post-deploy job: collect, check, render md/html/junit/json, write. */
async function runReport(endpoint: string) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-report-'));
  const args = ['report', '--out-dir', outDir, '--fail-on', 'never'];
  const measured = await runCliMeasured(args, endpoint);
  const check = checkToolRun(measured, path.join(outDir, 'ami-report.json'));
  rmSync(outDir, { recursive: true, force: true });
  return { measured, check };
}

/** Collection alone, to tell reading AWS apart from rendering. */
async function runCollect(endpoint: string) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-collect-'));
  const file = path.join(outDir, 'report.json');
  const measured = await runCliMeasured(['collect', '--out', file], endpoint);
  const check = checkToolRun(measured, file);
  rmSync(outDir, { recursive: true, force: true });
  return { measured, check };
}

function runCliMeasured(args: string[], endpoint: string): Promise<Measured> {
  const regions = REGIONS.flatMap((region) => ['--region', region]);
  return measureCommand(
    [process.execPath, ...cliEntry(), '--quiet', ...args, ...regions, '--endpoint-url', endpoint],
    { env: cleanEnv({}), cwd: REPO },
  );
}

function checkToolRun(measured: Measured, reportFile: string): string | undefined {
  if (measured.code !== 0) return `exit ${measured.code}: ${measured.stderr}`;
  if (!existsSync(reportFile)) return 'no ami-report.json written';
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { complete: boolean };
  return report.complete ? undefined : 'the report says it is incomplete';
}

/** The baseline reads one region per run, as written: one process per region, times summed. */
async function runBaseline(script: string, endpoint: string) {
  let wallMs = 0;
  let peak: number | undefined;
  let last: Measured | undefined;
  for (const region of REGIONS) {
    const env = cleanEnv({ AWS_ENDPOINT_URL: endpoint, AWS_DEFAULT_REGION: region });
    last = await measureCommand(['python3', script], { env });
    if (last.code !== 0) return { measured: last, check: `exit ${last.code}: ${last.stderr}` };
    wallMs += last.wallMs;
    if (last.peakMiB !== undefined) peak = Math.max(peak ?? 0, last.peakMiB);
  }
  const measured: Measured = { ...(last as Measured), wallMs, peakMiB: peak };
  return { measured, check: undefined };
}

async function benchVersion(runs: number): Promise<number> {
  const times: number[] = [];
  for (let attempt = 0; attempt < Math.max(runs, 5); attempt += 1) {
    const measured = await measureCommand([process.execPath, ...cliEntry(), '--version'], {
      env: cleanEnv({}),
      cwd: REPO,
    });
    times.push(measured.wallMs);
  }
  return median(times);
}

async function benchRender(options: BenchOptions): Promise<RenderRow[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-render-'));
  const reportFile = path.join(folder, 'report.json');
  writeSyntheticReport(reportFile, options.renderRows);
  try {
    return await renderEachFormat(options, reportFile);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function renderEachFormat(options: BenchOptions, reportFile: string): Promise<RenderRow[]> {
  const rows: RenderRow[] = [];
  for (const format of ['md', 'html', 'junit', 'json', 'all']) {
    const times: number[] = [];
    const peaks: number[] = [];
    let bytes = 0;
    for (let attempt = 0; attempt < options.runs; attempt += 1) {
      const outDir = mkdtempSync(path.join(tmpdir(), 'bench-render-out-'));
      const measured = await measureCommand(
        [process.execPath, ...cliEntry(), ...renderArgs(reportFile, format, outDir)],
        { env: cleanEnv({ STACK_AMI_REPORT_NOW: '2026-12-03T12:00:00Z' }), cwd: REPO },
      );
      // exit 1 only says that checks failed, as the generated report's old images do
      if (measured.code !== 0 && measured.code !== 1) {
        throw new Error(`render ${format}: exit ${measured.code}: ${measured.stderr}`);
      }
      times.push(measured.wallMs);
      bytes = folderBytes(outDir);
      rmSync(outDir, { recursive: true, force: true });
      if (measured.peakMiB !== undefined) peaks.push(measured.peakMiB);
    }
    rows.push({
      format,
      wallMs: median(times),
      bytes,
      ...(peaks.length > 0 ? { peakMiB: median(peaks) } : {}),
    });
  }
  return rows;
}

function folderBytes(folder: string): number {
  return readdirSync(folder).reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
}

function printResults(
  options: BenchOptions,
  rows: FleetRow[],
  versionMs: number,
  render: RenderRow[],
): void {
  const cli = builtIsFresh()
    ? 'node dist/bin/stack-ami-report.js'
    : 'node --import tsx src/cli/main.ts';
  console.log(
    `## Fleet: ${options.images} images per region, stacks split over ${REGIONS.join(' and ')}`,
  );
  console.log(
    `CLI: ${cli}; median of ${options.runs} rounds, the tools taking turns; ` +
      'API calls counted by a loopback proxy\n',
  );
  console.log(fleetTable(rows));
  if (!rows.some((row) => row.tool === 'per-parameter baseline')) {
    console.log(
      `\nNo baseline: ${options.baselineDir} has no per_parameter_report.py (BASELINE_DIR)`,
    );
  }
  console.log(`\n\`stack-ami-report --version\`: median ${versionMs.toFixed(0)} ms\n`);
  if (render.length === 0) return;
  console.log(
    `## \`render\` of a saved report of ${options.renderRows} AMI rows ` +
      '(read, check, render, write; whole process)\n',
  );
  console.log(renderTable(render));
}

await main();
