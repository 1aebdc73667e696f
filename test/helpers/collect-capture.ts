import { collectFromSource } from '../../src/pipeline/collect-from-source.js';
import type { SelectionOptions } from '../../src/config/config-types.js';
import type { AmiReport } from '../../src/model/report.js';
import { REPORT_CLOCK } from './report-builders.js';

export const CAPTURES = new URL('../fixtures/captures/', import.meta.url).pathname;

/** Collects from a capture folder under test/fixtures/captures with the fixed report clock. */
export function collectCapture(
  name: string,
  selection: Partial<SelectionOptions> = {},
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
      fromAwsCli: `${CAPTURES}${name}`,
    },
    {
      generator: { name: 'stack-ami-report', version: '0.0.0-test' },
      clock: () => new Date(REPORT_CLOCK),
    },
  );
}
