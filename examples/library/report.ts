/**
 * The library API in one script: collect from a saved AWS CLI capture, apply the checks of a
 * config file, render Markdown and JUnit into a temporary folder and print one line.
 *
 *   npx tsx examples/library/report.ts
 *
 * Exits 1 when a check fails at or above the config's `failOn`, like the CLI.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  collectFromSource,
  evaluateGate,
  evaluateReport,
  loadConfigFile,
  renderArtifacts,
  writeArtifacts,
} from 'stack-ami-report';
import type { AmiReport, ConfigFile, SelectionOptions } from 'stack-ami-report';

const EXAMPLES = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<number> {
  const config = await loadConfigFile(path.join(EXAMPLES, 'config', 'stack-ami-report.yaml'));
  const collected = await collectFromSource(
    { selection: selectionOf(config), fromAwsCli: path.join(EXAMPLES, 'capture') },
    { generator: { name: 'library-example', version: '1.0.0' } },
  );
  const report = evaluateReport(collected, { checks: config.checks, now: new Date() });

  const files = await renderArtifacts(report, { formats: ['md', 'junit'] });
  const outDir = await mkdtemp(path.join(tmpdir(), 'ami-report-'));
  const written = await writeArtifacts(outDir, files);

  const gate = evaluateGate(report.findings, config.failOn ?? 'error');
  console.log(`${describeReport(report)}; ${written.length} files in ${outDir}; ${gate.summary}`);
  return gate.failed ? 1 : 0;
}

/** The config file's selection, with the defaults the CLI uses for what it leaves out. */
function selectionOf(config: ConfigFile): SelectionOptions {
  return {
    stacks: [],
    stackTags: [],
    regions: [],
    amiParameters: [],
    detectByType: false,
    ...config.selection,
  };
}

function describeReport(report: AmiReport): string {
  const parameters = report.stacks.reduce((sum, stack) => sum + stack.parameters.length, 0);
  return `${report.stacks.length} stacks, ${parameters} AMI parameters`;
}

process.exitCode = await main();
