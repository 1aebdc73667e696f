import type { Check, CheckContext } from './check.js';
import { makeFinding } from './make-finding.js';
import { listParameterRows } from './report-rows.js';

const ID = 'value-invalid';

export const valueInvalid: Check = {
  id: ID,
  defaultSeverity: 'error',
  description: 'An AMI parameter must hold AMI ids (ami- and 8 or 17 hex digits), nothing else.',
  run: ({ report }: CheckContext) =>
    listParameterRows(report)
      .filter((row) => ['resolved', 'invalid'].includes(row.parameter.valueState))
      .map((row) =>
        makeFinding(row, {
          check: ID,
          severity: 'error',
          ...(row.parameter.valueState === 'invalid'
            ? { outcome: 'fail', message: describeInvalid(row.parameter.invalidValue) }
            : { outcome: 'pass', message: 'value is an AMI id' }),
        }),
      ),
};

// JSON quoting keeps stray spaces and control characters visible in the message.
function describeInvalid(value: string | undefined): string {
  const shown = value === undefined ? 'the value' : `value ${JSON.stringify(value)}`;

  return `${shown} is not an AMI id (expected ami- followed by 8 or 17 hex digits)`;
}
