import type { Check, CheckContext } from './check.js';
import { makeFinding } from './make-finding.js';
import { listParameterRows } from './report-rows.js';

const ID = 'noecho-parameter';

export const noechoParameter: Check = {
  id: ID,
  defaultSeverity: 'info',
  description:
    'A NoEcho AMI parameter reads back as ****: its image cannot be looked up or checked.',
  // A skip, not a failure: nothing is wrong with the stack, the tool just cannot see the value.
  run: ({ report }: CheckContext) =>
    listParameterRows(report)
      .filter((row) => row.parameter.valueState === 'hidden')
      .map((row) =>
        makeFinding(row, {
          check: ID,
          severity: 'info',
          outcome: 'skip',
          message: 'value is hidden (NoEcho, reads back as ****): the image cannot be checked',
        }),
      ),
};
