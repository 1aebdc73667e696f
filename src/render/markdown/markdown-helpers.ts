import type Handlebars from 'handlebars';

import {
  escapeMarkdownCell,
  escapeMarkdownText,
  markdownCode,
  markdownCodeCell,
} from './escape-markdown.js';

const TONE_MARKS: Record<string, string> = {
  good: '✅',
  warning: '⚠️',
  bad: '❌',
  neutral: '➖',
};

/**
 * The longest value a Markdown cell or line shows. A PR comment has 65536 characters in all:
 * one 64 KiB tag value would push every row after it out. The HTML report shows it whole.
 */
export const MARKDOWN_VALUE_LIMIT = 500;

/**
 * Helpers of the Markdown instance. It compiles with `noEscape` (HTML entities would be
 * wrong in Markdown), so every value goes through one of these escapes instead.
 */
export function registerMarkdownHelpers(instance: typeof Handlebars): void {
  instance.registerHelper('cell', (value: unknown) => escapeMarkdownCell(asText(value)));
  instance.registerHelper('text', (value: unknown) => escapeMarkdownText(asText(value)));
  instance.registerHelper('line', (value: unknown) => markdownLine(asText(value)));
  instance.registerHelper('code', (value: unknown) => markdownCodeCell(asText(value)));
  instance.registerHelper('codeText', (value: unknown) => markdownCode(asText(value)));
  instance.registerHelper('tagValue', (value: unknown) => formatTagValue(asText(value)));
  instance.registerHelper('toneMark', (tone: unknown) => TONE_MARKS[asText(tone)] ?? '');
}

/** Text on one line of Markdown, shortened and escaped: what the `line` helper writes. */
export function markdownLine(value: string): string {
  return escapeMarkdownText(oneLine(shorten(value)));
}

/** A tag value with backticks reads best as code; any other keeps its line breaks as `<br>`. */
function formatTagValue(value: string): string {
  return value.includes('`') ? markdownCodeCell(value) : escapeMarkdownCell(value);
}

function oneLine(value: string): string {
  return value.replace(/\s*(\r\n|\r|\n)\s*/g, ' ');
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return shorten(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** Cut by code points, so that an emoji or another surrogate pair is never split. */
function shorten(value: string): string {
  if (value.length <= MARKDOWN_VALUE_LIMIT) return value;
  const points = Array.from(value);
  if (points.length <= MARKDOWN_VALUE_LIMIT) return value;
  return `${points.slice(0, MARKDOWN_VALUE_LIMIT).join('')}… (${points.length} characters)`;
}
