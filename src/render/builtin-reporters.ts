import { CSS_FILE, HTML_FILE, renderHtml, renderHtmlInParts } from './html/render-html.js';
import { renderJson, renderJsonInParts, JSON_FILE } from './json/render-json.js';
import { JUNIT_FILE, renderJunit, renderJunitInParts } from './junit/render-junit.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import type { Reporter } from './reporter.js';

export const MARKDOWN_FILE = 'ami-report.md';

/** The files each built-in format writes, by format: known before anything is rendered. */
export const BUILT_IN_FILES: Readonly<Record<string, readonly string[]>> = {
  md: [MARKDOWN_FILE],
  html: [HTML_FILE, CSS_FILE],
  junit: [JUNIT_FILE],
  json: [JSON_FILE],
};

/** The formats that ship with the tool, by their `--format` names. */
export function builtInReporters(): Reporter[] {
  return [
    {
      name: 'md',
      render: async (report, options) => [
        { name: MARKDOWN_FILE, content: await renderMarkdown(report, options) },
      ],
    },
    {
      name: 'html',
      render: async (report, options) => {
        const { html, css } = await renderHtml(report, options);
        return [
          { name: HTML_FILE, content: html },
          { name: CSS_FILE, content: css },
        ];
      },
      renderInParts: async (report, options) => {
        const { parts, css } = await renderHtmlInParts(report, options);
        return [
          { name: HTML_FILE, content: parts },
          { name: CSS_FILE, content: css },
        ];
      },
    },
    {
      name: 'junit',
      render: (report, options) => [{ name: JUNIT_FILE, content: renderJunit(report, options) }],
      renderInParts: (report, options) => [
        { name: JUNIT_FILE, content: renderJunitInParts(report, options) },
      ],
    },
    {
      name: 'json',
      render: (report) => [{ name: JSON_FILE, content: renderJson(report) }],
      renderInParts: (report) => [{ name: JSON_FILE, content: renderJsonInParts(report) }],
    },
  ];
}
