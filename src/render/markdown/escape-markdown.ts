import { cleanDisplayText } from '../view/clean-display-text.js';

/**
 * Text for one GitHub-flavoured Markdown table cell. GFM splits cells on every `|`, even inside
 * a code span, so each pipe is escaped; a newline would end the row, so it becomes `<br>`. Angle
 * brackets and ampersands are written as entities so that a value never turns into markup, and
 * `@name` gets a zero-width joiner so that a PR comment never pings anyone.
 */
export function escapeMarkdownCell(value: string): string {
  return escapeMarkdownText(value)
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Text outside tables: markup characters neutralised, mentions defused, line breaks kept. A
 * backtick is escaped too: a stray one would pair with a code span's and turn it inside out.
 */
export function escapeMarkdownText(value: string): string {
  return stripControlCharacters(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([*_~`[\]\\])/g, '\\$1')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200d');
}

/** A value shown as code (`ami-…`, tag values with backticks): the fence grows to fit. */
export function markdownCode(value: string): string {
  const clean = stripControlCharacters(value).replace(/\r\n|\r|\n/g, ' ');
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A code span placed in a table cell: pipes still need their backslash there. */
export function markdownCodeCell(value: string): string {
  return markdownCode(value).replace(/\|/g, '\\|');
}

/** The same cleaning as every other view of a value: colour codes whole, then controls. */
function stripControlCharacters(value: string): string {
  return cleanDisplayText(value);
}
