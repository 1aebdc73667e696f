import { readBaseline } from '../../diff/read-baseline.js';
import { readOptionalBaseline } from '../read-optional-baseline.js';
import type { CliContext } from '../cli-context.js';
import { loadCliConfig } from '../cli-config.js';
import { UsageError } from '../../model/errors.js';
import { stringFlag } from '../parse-flags.js';
import { resolveRenderOptions } from '../resolve-render-options.js';
import { redactTags } from '../../pipeline/redact-tags.js';
import { redactPatterns } from '../redact-patterns.js';
import { publish } from './report-command.js';

/** `render`: check and render a report saved by `collect` or `merge`. */
export async function runRender(
  args: string[],
  flags: Record<string, unknown>,
  context: CliContext,
) {
  const path = args[0];
  if (path === undefined) {
    throw new UsageError('render needs the report file', {
      hint: 'stack-ami-report render REPORT.json',
    });
  }
  const config = await loadCliConfig(stringFlag(flags, 'config'));
  const now = context.clock();
  const run = await resolveRenderOptions(flags, config, now.toISOString());
  for (const warning of run.warnings) context.logger.warn(warning);
  const patterns = redactPatterns(flags, config);
  // the baseline is redacted too, or the diff would show a hidden value as its "before"
  const previous = await readOptionalBaseline(run.baselinePath, context.logger);
  const baseline = previous && redactTags(previous, patterns);

  const saved = await readBaseline(path, { role: 'report' });
  const report = redactTags(saved, patterns);
  return publish(report, { run, config, baseline, now }, context);
}
