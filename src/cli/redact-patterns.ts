import { UsageError } from '../model/errors.js';
import type { CliConfig } from './cli-config.js';
import { listFlag } from './parse-flags.js';

/** `--redact-tag PATTERN`: a tag key, a glob (`*Secret*`) or a /regular expression/. */
export function redactPatterns(flags: Record<string, unknown>, config: CliConfig | undefined) {
  const given = listFlag(flags, 'redactTag');
  const patterns = given.length > 0 ? given : (config?.redactTags ?? []);
  return patterns.map(toRegExp);
}

function toRegExp(pattern: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  try {
    if (literal) return new RegExp(literal[1] ?? '', literal[2]);
  } catch (error) {
    throw new UsageError(`--redact-tag ${pattern} is not a valid regular expression`, {
      hint: 'write a tag key, a glob such as *Token*, or /regex/',
      cause: error,
    });
  }
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}
