import type { AmiReport } from '../../model/report.js';
import { compileTemplates, createHandlebars } from '../handlebars/compile-templates.js';
import { readTemplateFiles } from '../handlebars/read-template-files.js';
import { MARKDOWN_TEMPLATES } from '../handlebars/template-sets.js';
import type { RenderOptions } from '../reporter.js';
import { buildReportView } from '../view/build-report-view.js';
import { DEFAULT_MARKDOWN_LIMIT, fitMarkdownBudget } from './fit-markdown-budget.js';
import type { RenderMarkdownView } from './fit-markdown-budget.js';
import { registerMarkdownHelpers } from './markdown-helpers.js';

/** GitHub-flavoured Markdown for a PR comment or job summary, within the size limit. */
export async function renderMarkdown(
  report: AmiReport,
  options: RenderOptions = {},
): Promise<string> {
  const render = await loadMarkdownTemplate(options.templateDir);
  const view = buildReportView(report, options);

  return fitMarkdownBudget(view, render, options.markdownLimit ?? DEFAULT_MARKDOWN_LIMIT);
}

/** The compiled Markdown templates, in their own Handlebars instance. */
export async function loadMarkdownTemplate(templateDir?: string): Promise<RenderMarkdownView> {
  const files = await readTemplateFiles('markdown', templateDir);
  const instance = await createHandlebars(files, MARKDOWN_TEMPLATES);
  registerMarkdownHelpers(instance);

  return compileTemplates(instance, files, MARKDOWN_TEMPLATES);
}
