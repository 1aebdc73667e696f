import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { ConfigError } from '../model/errors.js';
import { checkConfigValues } from './check-config-values.js';
import type { ConfigProblem } from './config-problem.js';
import { toConfigError } from './config-problem.js';
import { loadConfigValidator, pruneBranchErrors } from './config-schema.js';
import type { ConfigFile } from './config-types.js';
import type { SchemaProblem } from './describe-schema-error.js';
import { describeSchemaError } from './describe-schema-error.js';
import { locateLine } from './locate-line.js';
import { normalizeConfig } from './normalize-config.js';
import { parseConfigText } from './parse-config-text.js';
import type { RawConfig } from './raw-config.js';

const FORMATS: Record<string, 'yaml' | 'json'> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
};

/**
 * Reads a YAML or JSON configuration file (by its extension), checks it against the shipped
 * schema and returns it normalised. Every problem is a ConfigError naming file, line and field.
 */
export async function loadConfigFile(path: string): Promise<ConfigFile> {
  const format = chooseFormat(path);
  const text = await readConfigText(path);

  return parseConfig(text, path, format);
}

/** The same as loadConfigFile for text already in memory; `path` is used in messages. */
export async function parseConfig(
  text: string,
  path: string,
  format: 'yaml' | 'json',
): Promise<ConfigFile> {
  const { document, lineCounter, data } = parseConfigText(text, path, format);
  const validate = await loadConfigValidator();

  if (!validate(data)) {
    const problems = pruneBranchErrors(validate.errors ?? []).map(describeSchemaError);
    throw toConfigError(path, locateProblems(problems, document, lineCounter));
  }
  const raw = data as RawConfig;
  const valueProblems = checkConfigValues(raw);
  if (valueProblems.length > 0) {
    throw toConfigError(path, locateProblems(valueProblems, document, lineCounter));
  }

  return normalizeConfig(raw, path);
}

function chooseFormat(path: string): 'yaml' | 'json' {
  const format = FORMATS[extname(path).toLowerCase()];
  if (format !== undefined) return format;

  throw new ConfigError(`${path}: a configuration file must end in .yaml, .yml or .json`, {
    hint: 'rename the file, or pass the right file to --config',
  });
}

async function readConfigText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'configuration file not found' : `cannot read it (${code})`;
    throw new ConfigError(`${path}: ${what}`, {
      hint: 'check the path given to --config (relative paths start at the working directory)',
      cause: error,
    });
  }
}

function locateProblems(
  problems: SchemaProblem[],
  document: Document,
  lineCounter: LineCounter,
): ConfigProblem[] {
  return problems.map((problem) => ({
    line: locateLine(document, lineCounter, problem.segments, problem.key),
    message: problem.message,
    hint: problem.hint,
  }));
}
