import type Handlebars from 'handlebars';

import type { TemplateFormat } from './read-template-files.js';

export type CompileOptions = Parameters<(typeof Handlebars)['compile']>[1];

/**
 * One format's templates: the main file, and how all of its files are compiled. Handlebars
 * adds its defaults to the options object it is given, so it is always given a copy.
 */
export interface TemplateSet {
  format: TemplateFormat;
  main: string;
  options: CompileOptions;
}

/** Markdown is not HTML: Handlebars' HTML escaping is off, the helpers escape for Markdown. */
export const MARKDOWN_TEMPLATES: TemplateSet = {
  format: 'markdown',
  main: 'report.hbs',
  options: { noEscape: true },
};

export const HTML_TEMPLATES: TemplateSet = {
  format: 'html',
  main: 'report.hbs',
  options: { strict: false },
};

export const TEMPLATE_SETS: readonly TemplateSet[] = [MARKDOWN_TEMPLATES, HTML_TEMPLATES];
