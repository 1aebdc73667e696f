import type { Check, CheckContext } from './check.js';
import { makeFinding } from './make-finding.js';
import { listParameterRows } from './report-rows.js';

const ID = 'value-not-set';

export const valueNotSet: Check = {
  id: ID,
  defaultSeverity: 'error',
  description: 'An AMI parameter must not be empty.',
  run: ({ report }: CheckContext) =>
    listParameterRows(report)
      .filter((row) => ['resolved', 'not-set'].includes(row.parameter.valueState))
      .map((row) =>
        makeFinding(row, {
          check: ID,
          severity: 'error',
          ...(row.parameter.valueState === 'not-set'
            ? { outcome: 'fail', message: 'parameter is empty: no image is set' }
            : { outcome: 'pass', message: 'value is set' }),
        }),
      ),
};
