import type { AmiReport } from '../../model/report.js';
import { compileTemplates, createHandlebars } from '../handlebars/compile-templates.js';
import type { RenderTemplate } from '../handlebars/compile-templates.js';
import { readTemplateAsset, readTemplateFiles } from '../handlebars/read-template-files.js';
import { HTML_TEMPLATES } from '../handlebars/template-sets.js';
import type { RenderOptions } from '../reporter.js';
import { buildReportView } from '../view/build-report-view.js';
import { registerHtmlHelpers } from './html-helpers.js';

export const HTML_FILE = 'ami-report.html';
export const CSS_FILE = 'ami-report.css';

export interface HtmlReport {
  html: string;
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
  const render = await loadHtmlTemplate(options.templateDir);
  const css = await readTemplateAsset('html', CSS_FILE, options.templateDir);

  return { html: render(buildReportView(report, options)), css };
}

/** The compiled HTML templates, in their own Handlebars instance (escaping on). */
export async function loadHtmlTemplate(templateDir?: string): Promise<RenderTemplate> {
  const files = await readTemplateFiles('html', templateDir);
  const instance = await createHandlebars(files, HTML_TEMPLATES);
  registerHtmlHelpers(instance);

  return compileTemplates(instance, files, HTML_TEMPLATES);
}
