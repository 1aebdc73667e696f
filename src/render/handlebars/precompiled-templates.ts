import type { TemplateSet } from './template-sets.js';

/** A built-in template compiled at build time, with what it was compiled from. */
export interface PrecompiledTemplate {
  source: string;
  /** The compile options, as JSON. */
  options: string;
  spec: TemplateSpecification;
}

/** Keyed by `<format>/<file name>`, such as `markdown/report.hbs`. */
export type PrecompiledTemplates = Readonly<Record<string, PrecompiledTemplate>>;

/**
 * The precompiled form of a template file, when it was made from exactly this source with
 * these options; otherwise undefined and the file is compiled as it is now.
 */
export function findPrecompiled(
  precompiled: PrecompiledTemplates,
  set: TemplateSet,
  name: string,
  source: string,
): TemplateSpecification | undefined {
  const entry = precompiled[`${set.format}/${name}`];
  if (!entry || entry.source !== source) return undefined;
  return entry.options === JSON.stringify(set.options) ? entry.spec : undefined;
}
