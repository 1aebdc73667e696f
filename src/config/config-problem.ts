import { ConfigError } from '../model/errors.js';
import { plural } from '../model/plural.js';

/** One thing wrong in a configuration file, located by line. */
export interface ConfigProblem {
  line: number;
  message: string;
  hint: string;
}

/** Problems named in the one error line; a file with more says how many are left. */
const NAMED_PROBLEMS = 3;

/**
 * One error for all the problems of a file, in the order of their lines: the first few named
 * with their lines, so that a user fixes them in one go, and the count of any others.
 */
export function toConfigError(path: string, problems: ConfigProblem[]): ConfigError {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const first = sorted[0] ?? { line: 1, message: 'is not valid', hint: '' };
  const others = sorted.slice(1, NAMED_PROBLEMS).map((p) => `; line ${p.line}: ${p.message}`);
  const left = sorted.length - NAMED_PROBLEMS;
  const more = left > 0 ? `; and ${plural(left, 'more problem')}` : '';

  return new ConfigError(`${path}:${first.line}: ${first.message}${others.join('')}${more}`, {
    hint: first.hint,
  });
}
