import path from 'node:path';

import { collectFromSource } from '../../src/pipeline/collect-from-source.js';
import type { SelectionOptions } from '../../src/config/config-types.js';
import type { AmiReport } from '../../src/model/report.js';
import { REPORT_CLOCK } from './report-builders.js';

export const CAPTURES = new URL('../fixtures/captures/', import.meta.url).pathname;

/**
 * Collects from a capture folder (a name under test/fixtures/captures, or a path of its own)
 * with the fixed report clock.
 */
export function collectCapture(
  name: string,
  selection: Partial<SelectionOptions> = {},
  progress?: (line: string) => void,
): Promise<AmiReport> {
  return collectFromSource(
    {
      selection: {
        stacks: [],
        stackTags: [],
        regions: [],
        amiParameters: [],
        detectByType: false,
        ...selection,
      },
      fromAwsCli: path.isAbsolute(name) ? name : `${CAPTURES}${name}`,
    },
    {
      generator: { name: 'stack-ami-report', version: '0.0.0-test' },
      clock: () => new Date(REPORT_CLOCK),
      ...(progress ? { progress } : {}),
    },
  );
}
