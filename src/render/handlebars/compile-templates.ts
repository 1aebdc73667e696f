import type Handlebars from 'handlebars';

import { TemplateError } from '../../model/errors.js';
import { PRECOMPILED_TEMPLATES } from './precompiled-templates.generated.js';
import { findPrecompiled, type PrecompiledTemplates } from './precompiled-templates.js';
import { partialName, type TemplateFile } from './read-template-files.js';
import type { CompileOptions, TemplateSet } from './template-sets.js';

type HandlebarsInstance = typeof Handlebars;

export type RenderTemplate = (view: object) => string;

/**
 * A fresh Handlebars instance for these files. When all of them are precompiled, the runtime
 * alone is loaded; the compiler (and the source map library it brings) only when one of them
 * has to be compiled.
 */
export async function createHandlebars(
  files: readonly TemplateFile[],
  set: TemplateSet,
  precompiled: PrecompiledTemplates = PRECOMPILED_TEMPLATES,
): Promise<HandlebarsInstance> {
  const compiles = files.some((file) => !findPrecompiled(precompiled, set, file.name, file.source));
  if (compiles) return (await import('handlebars')).default.create();

  // The package has no exports map: Node needs the file name, and its typings for this path
  // declare nothing, although the module is the same Handlebars namespace without the compiler.
  const runtime = (await import('handlebars/runtime.js')) as unknown as {
    default: HandlebarsInstance;
  };
  return runtime.default.create();
}

/**
 * Registers every file but the main one as a partial and compiles the main one. A built-in
 * file still as it was at build time uses its precompiled form; every other file is compiled
 * at once, so that a broken template is reported before anything renders, with its file name
 * and line.
 */
export function compileTemplates(
  instance: HandlebarsInstance,
  files: readonly TemplateFile[],
  set: TemplateSet,
  precompiled: PrecompiledTemplates = PRECOMPILED_TEMPLATES,
): RenderTemplate {
  const main = files.find((file) => file.name === set.main);
  if (!main) {
    throw new TemplateError(`the main template ${set.main} is missing`, {
      hint: 'restore the built-in templates folder of the package',
    });
  }

  const load = (file: TemplateFile): HandlebarsTemplateDelegate => {
    const spec = findPrecompiled(precompiled, set, file.name, file.source);
    return spec ? instance.template(spec) : compileOne(instance, file, { ...set.options });
  };
  for (const file of files) {
    if (file !== main) instance.registerPartial(partialName(file.name), load(file));
  }
  const template = load(main);
  return (view) => runTemplate(template, main, view);
}

function compileOne(
  instance: HandlebarsInstance,
  file: TemplateFile,
  options: CompileOptions,
): HandlebarsTemplateDelegate {
  try {
    // precompile parses and compiles eagerly; compile alone waits for the first render.
    instance.precompile(file.source, options);
    return instance.compile(file.source, options);
  } catch (error) {
    throw new TemplateError(`template ${file.path} line ${lineOf(error)}: ${firstLine(error)}`, {
      hint: 'fix the Handlebars syntax at that line, or remove the file to use the built-in one',
      cause: error,
    });
  }
}

function runTemplate(
  template: HandlebarsTemplateDelegate,
  main: TemplateFile,
  view: object,
): string {
  try {
    return template(view);
  } catch (error) {
    throw new TemplateError(`template ${main.path} (or a partial) failed: ${firstLine(error)}`, {
      hint: 'check the partials and helpers the template uses',
      cause: error,
    });
  }
}

/** Compile errors carry `lineNumber`; parse errors only say "Parse error on line N". */
function lineOf(error: unknown): string {
  const numbered = (error as { lineNumber?: unknown } | undefined)?.lineNumber;
  if (typeof numbered === 'number') return String(numbered);

  const match = /line (\d+)/.exec(messageOf(error));
  return match?.[1] ?? '?';
}

/** The first line, plus the last one of a parse error, which says what was expected. */
function firstLine(error: unknown): string {
  const lines = messageOf(error)
    .split('\n')
    .filter((line) => line.trim() !== '');
  const first = lines[0] ?? '';
  const last = lines.at(-1) ?? '';
  return first.endsWith(':') && last !== first ? `${first} ${last}` : first;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
