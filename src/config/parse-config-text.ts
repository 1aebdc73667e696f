import type { Document } from 'yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { ConfigProblem } from './config-problem.js';
import { toConfigError } from './config-problem.js';

export interface ParsedConfigText {
  document: Document;
  lineCounter: LineCounter;
  /** Plain data; an empty file gives an empty map. */
  data: unknown;
}

/**
 * Parses YAML, or JSON read through the YAML parser's JSON schema so that both keep the
 * source positions that error messages need.
 */
export function parseConfigText(text: string, path: string, format: 'yaml' | 'json') {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    schema: format === 'json' ? 'json' : 'core',
    uniqueKeys: true,
  });

  const problems = document.errors.map((error) => describeSyntaxError(error, lineCounter, format));
  if (problems.length > 0) throw toConfigError(path, problems);

  const data: unknown = document.toJS() ?? {};
  return { document, lineCounter, data } satisfies ParsedConfigText;
}

function describeSyntaxError(
  error: { message: string; pos: [number, number] },
  lineCounter: LineCounter,
  format: 'yaml' | 'json',
): ConfigProblem {
  const { line } = lineCounter.linePos(error.pos[0]);

  return {
    line,
    message: `${format === 'json' ? 'JSON' : 'YAML'} syntax error: ${error.message}`,
    hint: 'fix the syntax at that line (indentation, quotes, brackets, a repeated key)',
  };
}
