import { rm } from 'node:fs/promises';
import path from 'node:path';

import { evaluateGate } from '../../checks/gate.js';
import { unusedWaivers } from '../../checks/unused-waivers.js';
import { emptyChecksConfig } from '../../config/config-types.js';
import { readOptionalBaseline } from '../read-optional-baseline.js';
import type { AmiReport } from '../../model/report.js';
import { writeArtifacts } from '../../output/write-artifacts.js';
import { collectFromSource } from '../../pipeline/collect-from-source.js';
import { evaluateReport } from '../../pipeline/evaluate-report.js';
import { redactTags } from '../../pipeline/redact-tags.js';
import { DIFF_FILE, eachArtifact } from '../../pipeline/render-artifacts.js';
import { MARKDOWN_FILE } from '../../render/builtin-reporters.js';
import type { ArtifactFile } from '../../render/reporter.js';
import type { CliContext } from '../cli-context.js';
import { loadCliConfig, type CliConfig } from '../cli-config.js';
import { stringFlag } from '../parse-flags.js';
import { resolveCollectOptions } from '../resolve-collect-options.js';
import { resolveRenderOptions, type RenderRun } from '../resolve-render-options.js';
import { logRunSummary } from '../log-run-summary.js';
import { redactPatterns } from '../redact-patterns.js';
import { finishRun } from '../finish-run.js';

/** `report`: collect, check, diff and render in one step, the post-deploy job. */
export async function runReportCommand(flags: Record<string, unknown>, context: CliContext) {
  const config = await loadCliConfig(stringFlag(flags, 'config'));
  const collectOptions = resolveCollectOptions(flags, config);
  const now = context.clock();
  const run = await resolveRenderOptions(flags, config, now.toISOString());
  for (const warning of run.warnings) context.logger.warn(warning);
  const patterns = redactPatterns(flags, config);
  // the baseline is redacted too, or the diff would show a hidden value as its "before"
  const previous = await readOptionalBaseline(run.baselinePath, context.logger);
  const baseline = previous && redactTags(previous, patterns);

  const collected = await collectFromSource(collectOptions, context).finally(() =>
    context.progressLine.done(),
  );
  logRunSummary(collected, context);
  const report = redactTags(collected, patterns);
  return publish(report, { run, config, baseline, now }, context);
}

export interface PublishInput {
  run: RenderRun;
  config: CliConfig | undefined;
  baseline: AmiReport | undefined;
  now: Date;
}

/**
 * A diff left by an earlier run in the same folder would be posted as this run's: when this
 * run writes none (no baseline, or nothing changed with --skip-unchanged), the old one goes.
 */
async function removeStaleDiff(outDir: string, wroteDiff: boolean, context: CliContext) {
  if (wroteDiff) return;
  const stale = path.join(outDir, DIFF_FILE);
  await rm(stale, { force: true }).catch((error: unknown) => {
    context.logger.warn(`could not remove the previous run's ${stale}: ${String(error)}`);
  });
}

/** A waiver whose patterns match nothing is usually a typo, or a fix nobody removed it for. */
function warnUnusedWaivers(report: AmiReport, input: PublishInput, context: CliContext): void {
  const waivers = input.config?.checks.waivers ?? [];
  for (const waiver of unusedWaivers(report.findings, waivers, input.now)) {
    const scope = [
      waiver.stack && `stack ${waiver.stack}`,
      waiver.parameter && `parameter ${waiver.parameter}`,
      waiver.image && `image ${waiver.image}`,
    ].filter(Boolean);
    const where = scope.length > 0 ? ` (${scope.join(', ')})` : '';
    context.logger.warn(`the waiver for ${waiver.check}${where} waived nothing in this report`);
  }
}

/** Checks, renders and writes a collected report; shared by `report` and `render`. */
export async function publish(report: AmiReport, input: PublishInput, context: CliContext) {
  const evaluated = evaluateReport(report, {
    checks: input.config?.checks ?? emptyChecksConfig(),
    now: input.now,
    ...(input.baseline ? { baseline: input.baseline } : {}),
  });
  const markdown = new Map<string, string>();
  const files = keepMarkdown(eachArtifact(evaluated, input.run.artifacts), markdown);
  const written = await writeArtifacts(input.run.outDir, files);
  for (const path of written) context.logger.info(`wrote ${path}`);
  await removeStaleDiff(input.run.outDir, markdown.has(DIFF_FILE), context);

  warnUnusedWaivers(evaluated, input, context);
  const gate = evaluateGate(evaluated.findings, input.run.failOn);
  const summary = markdown.get(DIFF_FILE) ?? markdown.get(MARKDOWN_FILE);
  return finishRun(evaluated, gate, summary, input.run, context);
}

/**
 * The artifacts as they are rendered, keeping the Markdown bodies (bounded by the Markdown
 * limit) that the job summary may need after the large formats have been written and let go.
 */
async function* keepMarkdown(
  files: AsyncIterable<ArtifactFile>,
  kept: Map<string, string>,
): AsyncGenerator<ArtifactFile, void, undefined> {
  for await (const file of files) {
    const markdown = file.name === DIFF_FILE || file.name === MARKDOWN_FILE;
    if (markdown && typeof file.content === 'string') kept.set(file.name, file.content);
    yield file;
  }
}
