import { access } from 'node:fs/promises';

import { readBaseline } from '../diff/read-baseline.js';
import type { Logger } from '../model/logger.js';
import type { AmiReport } from '../model/report.js';

/**
 * The baseline named by --baseline. The first build of a pipeline has no previous report, so a
 * file that does not exist is a warning and the run goes on without a diff; a file that exists
 * but is not a report is still an error.
 */
export async function readOptionalBaseline(
  path: string | undefined,
  logger: Logger,
): Promise<AmiReport | undefined> {
  if (path === undefined) return undefined;
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (!exists) {
    logger.warn(`no baseline at ${path} (a first run?): no diff is written`);
    return undefined;
  }
  return readBaseline(path, { logger });
}
