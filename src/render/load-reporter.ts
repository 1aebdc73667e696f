import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { UsageError } from '../model/errors.js';
import type { Reporter } from './reporter.js';

const SHAPE_HINT =
  'export a reporter as the default export or as `reporter`: ' +
  '{ name: string, render(report, options) => [{ name, content }] }';

/** Loads a reporter module the user wrote (`--reporter PATH`) and checks its shape. */
export async function loadUserReporter(modulePath: string): Promise<Reporter> {
  const absolute = path.resolve(modulePath);
  await assertFile(absolute);

  const loaded = await importModule(absolute);
  const candidate = loaded.default ?? loaded.reporter;
  if (!isReporter(candidate)) {
    throw new UsageError(`reporter module ${modulePath} does not export a reporter`, {
      hint: SHAPE_HINT,
    });
  }
  return candidate;
}

async function assertFile(absolute: string): Promise<void> {
  const found = await stat(absolute).catch(() => undefined);
  if (!found?.isFile()) {
    throw new UsageError(`reporter module ${absolute} does not exist`, {
      hint: 'pass --reporter with the path of a JavaScript module file',
    });
  }
}

async function importModule(absolute: string): Promise<Record<string, unknown>> {
  try {
    return (await import(pathToFileURL(absolute).href)) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`reporter module ${absolute} cannot be loaded`, {
      hint: 'run it with node to see the error; it must be an ES module or CommonJS file',
      cause: error,
    });
  }
}

function isReporter(value: unknown): value is Reporter {
  if (typeof value !== 'object' || value === null) return false;

  const candidate = value as { name?: unknown; render?: unknown };
  return (
    typeof candidate.name === 'string' &&
    candidate.name !== '' &&
    typeof candidate.render === 'function'
  );
}
