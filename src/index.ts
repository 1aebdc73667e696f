/** stack-ami-report as a library: collect, check, diff, render and copy, each a typed call. */

export { collectFromSource } from './pipeline/collect-from-source.js';
export type { CollectSourceOptions, CollectSourceDeps } from './pipeline/collect-from-source.js';
export { collectReport } from './pipeline/collect.js';
export type { CollectOptions, CollectDeps } from './pipeline/collect.js';
export { evaluateReport } from './pipeline/evaluate-report.js';
export type { EvaluateOptions } from './pipeline/evaluate-report.js';
export {
  renderArtifacts,
  eachArtifact,
  ALL_FORMATS,
  DIFF_FILE,
} from './pipeline/render-artifacts.js';
export type { ArtifactOptions } from './pipeline/render-artifacts.js';
export { mergeReports } from './pipeline/merge-reports.js';
export type { NamedReport } from './pipeline/merge-reports.js';
export { redactTags } from './pipeline/redact-tags.js';

export { CaptureReader } from './aws/capture-reader.js';
export { LiveReader } from './aws/live-reader.js';
export { ClientFactory } from './aws/client-factory.js';
export type { AwsClientOptions } from './aws/client-factory.js';
export type { StackReader } from './aws/stack-reader.js';

export { runChecks } from './checks/run-checks.js';
export { allChecks } from './checks/all-checks.js';
export { evaluateGate } from './checks/gate.js';
export { unusedWaivers } from './checks/unused-waivers.js';
export type { GateResult } from './checks/gate.js';
export type { Check, CheckContext } from './checks/check.js';
export { loadConfigFile } from './config/load-config-file.js';
export type * from './config/config-types.js';

export { diffReports } from './diff/diff-reports.js';
export { readBaseline } from './diff/read-baseline.js';
export { renderDiffMarkdown } from './render/diff/render-diff-markdown.js';
export type { DiffMarkdownOptions } from './render/diff/render-diff-markdown.js';

export { renderReport, renderEachFormat } from './render/render-report.js';
export type { RenderReportOptions } from './render/render-report.js';
export { builtInReporters } from './render/builtin-reporters.js';
export type { ArtifactFile, Reporter, RenderedFile, RenderOptions } from './render/reporter.js';
export { writeArtifacts } from './output/write-artifacts.js';

export { copyAmi } from './copy/copy-ami.js';
export type { CopyAmiOptions, CopyAmiDeps, CopyAmiResult } from './copy/copy-ami-types.js';
export { postStickyComment } from './github/post-sticky-comment.js';

export * from './model/errors.js';
export type * from './model/report.js';
export { SCHEMA_VERSION } from './model/report.js';
export type { Logger } from './model/logger.js';
export type { Clock } from './model/clock.js';
