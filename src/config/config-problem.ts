import { ConfigError } from '../model/errors.js';

/** One thing wrong in a configuration file, located by line. */
export interface ConfigProblem {
  line: number;
  message: string;
  hint: string;
}

/**
 * One error for all the problems of a file: the first (by line) in full, the count of the
 * others, so that a user fixing the file learns there is more to fix.
 */
export function toConfigError(path: string, problems: ConfigProblem[]): ConfigError {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const first = sorted[0] ?? { line: 1, message: 'is not valid', hint: '' };
  const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problems)` : '';

  return new ConfigError(`${path}:${first.line}: ${first.message}${more}`, { hint: first.hint });
}
