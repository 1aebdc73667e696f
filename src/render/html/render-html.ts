import type { AmiReport } from '../../model/report.js';
import { compileTemplates, createHandlebars } from '../handlebars/compile-templates.js';
import type { RenderTemplate } from '../handlebars/compile-templates.js';
import { readTemplateAsset, readTemplateFiles } from '../handlebars/read-template-files.js';
import type { TemplateFile } from '../handlebars/read-template-files.js';
import { HTML_TEMPLATES } from '../handlebars/template-sets.js';
import type { RenderOptions } from '../reporter.js';
import { buildReportView } from '../view/build-report-view.js';
import { DeferredSections } from './deferred-sections.js';
import { registerHtmlHelpers } from './html-helpers.js';

export const HTML_FILE = 'ami-report.html';
export const CSS_FILE = 'ami-report.css';

export interface HtmlReport {
  html: string;
  css: string;
}

export interface HtmlReportParts {
  /** The page, rendered part by part as the parts are read. */
  parts: Iterable<string>;
  css: string;
}

/**
 * A page that works under Jenkins' default Content-Security-Policy: no script, no inline
 * style, nothing from elsewhere; the one stylesheet is linked by a relative name.
 */
export async function renderHtml(
  report: AmiReport,
  options: RenderOptions = {},
): Promise<HtmlReport> {
  const { parts, css } = await renderHtmlInParts(report, options);
  return { html: [...parts].join(''), css };
}

/** The same page in parts: the stack sections are rendered one at a time, as they are read. */
export async function renderHtmlInParts(
  report: AmiReport,
  options: RenderOptions = {},
): Promise<HtmlReportParts> {
  const files = await readTemplateFiles('html', options.templateDir);
  const sections = new DeferredSections(mainTemplatePath(files));
  const render = await compileHtml(files, sections);
  const css = await readTemplateAsset('html', CSS_FILE, options.templateDir);

  return { parts: sections.parts(render(buildReportView(report, options))), css };
}

/** The compiled HTML templates, in their own Handlebars instance (escaping on). */
export async function loadHtmlTemplate(templateDir?: string): Promise<RenderTemplate> {
  const files = await readTemplateFiles('html', templateDir);
  return compileHtml(files, new DeferredSections(mainTemplatePath(files)));
}

async function compileHtml(
  files: readonly TemplateFile[],
  sections: DeferredSections,
): Promise<RenderTemplate> {
  const instance = await createHandlebars(files, HTML_TEMPLATES);
  registerHtmlHelpers(instance);
  sections.register(instance);

  return compileTemplates(instance, files, HTML_TEMPLATES);
}

function mainTemplatePath(files: readonly TemplateFile[]): string {
  return files.find((file) => file.name === HTML_TEMPLATES.main)?.path ?? HTML_TEMPLATES.main;
}
