import type { FailOn } from '../config/config-types.js';
import type { ArtifactOptions } from '../pipeline/render-artifacts.js';
import { ALL_FORMATS, DIFF_FILE } from '../pipeline/render-artifacts.js';
import { checkOutputFolder } from '../output/check-output-folder.js';
import { BUILT_IN_FILES, builtInReporters } from '../render/builtin-reporters.js';
import { checkTemplateDir } from '../render/handlebars/check-template-dir.js';
import { loadUserReporter } from '../render/load-reporter.js';
import type { Reporter } from '../render/reporter.js';
import { UsageError } from '../model/errors.js';
import { commentMarker } from '../render/diff/comment-marker.js';
import type { CliConfig } from './cli-config.js';
import { booleanFlag, integerFlag, listFlag, parseFormats, stringFlag } from './parse-flags.js';

export const DEFAULT_OUT_DIR = 'ami-report';

export interface RenderRun {
  outDir: string;
  artifacts: ArtifactOptions;
  failOn: FailOn;
  baselinePath?: string;
  jobSummary: boolean;
  /** What the run should say before it starts, such as a template file that is not used. */
  warnings: string[];
}

/**
 * Output settings from flags and the config file. User reporters, user templates and the
 * output folder are checked here, before any AWS call, so that a mistake fails the run at once.
 */
export async function resolveRenderOptions(
  flags: Record<string, unknown>,
  config: CliConfig | undefined,
  now: string,
): Promise<RenderRun> {
  const own = await Promise.all(listFlag(flags, 'reporter').map((path) => loadUserReporter(path)));
  // a reporter of your own with a built-in name replaces the built-in one
  const reporters = [...own, ...builtInReporters()];
  const userFormats = own
    .map((reporter) => reporter.name)
    .filter((name) => !ALL_FORMATS.includes(name));
  const formats = parseFormats(stringFlag(flags, 'format')) ??
    config?.formats ?? [...ALL_FORMATS, ...userFormats];
  checkFormats(formats, reporters);

  const templateDir = stringFlag(flags, 'templateDir');
  const warnings = templateDir !== undefined ? await checkTemplateDir(templateDir, formats) : [];
  const outDir = stringFlag(flags, 'outDir') ?? config?.outDir ?? DEFAULT_OUT_DIR;
  const baselinePath = stringFlag(flags, 'baseline');
  await checkOutputFolder(outDir, knownFileNames(formats, own, baselinePath));
  const markdownLimit =
    integerFlag(flags, 'markdownLimit', '--markdown-limit', { min: 1000, max: 10_000_000 }) ??
    config?.markdownLimit;
  const detailsUrl = stringFlag(flags, 'detailsUrl') ?? config?.detailsUrl;
  const commentId = stringFlag(flags, 'commentId');
  // checked now, not after AWS has been read
  if (commentId !== undefined) commentMarker(commentId);

  return {
    outDir,
    failOn: (stringFlag(flags, 'failOn') as FailOn | undefined) ?? config?.failOn ?? 'error',
    jobSummary: booleanFlag(flags, 'jobSummary'),
    warnings,
    ...(baselinePath !== undefined ? { baselinePath } : {}),
    artifacts: {
      formats,
      reporters,
      now,
      ...(templateDir !== undefined ? { templateDir } : {}),
      ...(markdownLimit !== undefined ? { markdownLimit } : {}),
      ...(detailsUrl !== undefined ? { detailsUrl } : {}),
      diff: {
        ...(commentId !== undefined ? { commentId } : {}),
        skipUnchanged: booleanFlag(flags, 'skipUnchanged'),
      },
    },
  };
}

function checkFormats(formats: string[], reporters: Reporter[]): void {
  const known = reporters.map((reporter) => reporter.name);
  const unknown = formats.filter((format) => !known.includes(format));
  if (unknown.length > 0) {
    throw new UsageError(`unknown format "${unknown.join(', ')}"`, {
      hint: `use --format with one or more of: ${known.join(', ')}`,
    });
  }
}

/**
 * The files this run will write, as far as they are known before rendering: those of the
 * built-in formats chosen, and the diff when there is a baseline. A reporter of your own
 * names its files only when it renders.
 */
function knownFileNames(
  formats: string[],
  own: Reporter[],
  baselinePath: string | undefined,
): string[] {
  const replaced = own.map((reporter) => reporter.name);
  const names = formats
    .filter((format) => !replaced.includes(format))
    .flatMap((format) => BUILT_IN_FILES[format] ?? []);
  return baselinePath === undefined ? names : [...names, DIFF_FILE];
}
