import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { expect } from 'chai';

import { emptyChecksConfig } from '../../../src/config/config-types.js';
import { evaluateReport } from '../../../src/pipeline/evaluate-report.js';
import { collectCapture } from '../../helpers/collect-capture.js';
import { REPORT_CLOCK } from '../../helpers/report-builders.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../schema/report.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('schema/report.schema.json', () => {
  const captures = ['c01', 'c03', 'c04-run1', 'c05', 'c08', 'c09', 'c11', 'c14'];

  for (const name of captures) {
    it(`describes the checked report of capture ${name}`, async () => {
      const collected = await collectCapture(name, { amiParameters: ['*Ami'] });
      const report = evaluateReport(collected, {
        checks: emptyChecksConfig(),
        now: new Date(REPORT_CLOCK),
      });

      expect(validate(asJson(report)), JSON.stringify(validate.errors)).to.equal(true);
    });
  }

  it('describes a report with a deployment diff', async () => {
    const baseline = await collectCapture('c07-run1');
    const current = await collectCapture('c07-run2b');
    const report = evaluateReport(current, {
      checks: emptyChecksConfig(),
      now: new Date(REPORT_CLOCK),
      baseline,
    });

    expect(report.diff).to.not.equal(undefined);
    expect(validate(asJson(report)), JSON.stringify(validate.errors)).to.equal(true);
  });

  it('rejects a report without its schema version', async () => {
    const report: Record<string, unknown> = { ...(await collectCapture('c01')) };
    delete report.schemaVersion;

    expect(validate(report)).to.equal(false);
  });
});

/** The schema describes the file as written: undefined list entries become null. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
