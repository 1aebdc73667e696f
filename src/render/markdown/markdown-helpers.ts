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
 * Helpers of the Markdown instance. It compiles with `noEscape` (HTML entities would be
 * wrong in Markdown), so every value goes through one of these escapes instead.
 */
export function registerMarkdownHelpers(instance: typeof Handlebars): void {
  instance.registerHelper('cell', (value: unknown) => escapeMarkdownCell(asText(value)));
  instance.registerHelper('text', (value: unknown) => escapeMarkdownText(asText(value)));
  instance.registerHelper('line', (value: unknown) => escapeMarkdownText(oneLine(asText(value))));
  instance.registerHelper('code', (value: unknown) => markdownCodeCell(asText(value)));
  instance.registerHelper('codeText', (value: unknown) => markdownCode(asText(value)));
  instance.registerHelper('tagValue', (value: unknown) => formatTagValue(asText(value)));
  instance.registerHelper('toneMark', (tone: unknown) => TONE_MARKS[asText(tone)] ?? '');
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
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
