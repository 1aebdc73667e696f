import type { IncompleteView } from '../view/report-view.js';
import { markdownLine } from './markdown-helpers.js';

/**
 * The INCOMPLETE banner as the Markdown report's template writes it, for bodies that are built
 * in code (the diff comment): a GitHub alert naming what could not be read, at most
 * `maxErrors` of them, then how many more the full report lists.
 */
export function renderIncompleteBanner(incomplete: IncompleteView, maxErrors: number): string {
  const shown = incomplete.errors.slice(0, maxErrors);
  const more = incomplete.errors.length - shown.length;
  const lines = [
    '> [!CAUTION]',
    `> **${markdownLine(incomplete.message)}**`,
    '>',
    ...shown.map((error) => `> - ${markdownLine(error.text)}`),
    ...(more > 0 ? [`> - and ${more} more (see the full report)`] : []),
  ];
  return lines.join('\n');
}
