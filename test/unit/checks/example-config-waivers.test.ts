import { expect } from 'chai';

import { runChecks } from '../../../src/checks/run-checks.js';
import { unusedWaivers } from '../../../src/checks/unused-waivers.js';
import { loadConfigFile } from '../../../src/config/load-config-file.js';
import { collectFromSource } from '../../../src/pipeline/collect-from-source.js';
import { REPORT_CLOCK } from '../../helpers/report-builders.js';

const EXAMPLES = new URL('../../../examples/', import.meta.url).pathname;

describe('the example configuration on the bundled capture', () => {
  it('waives a result with each of its waivers, so the demo shows a waived result', async () => {
    const config = await loadConfigFile(`${EXAMPLES}config/stack-ami-report.yaml`);
    const report = await collectFromSource(
      {
        selection: {
          stacks: [],
          stackTags: [],
          regions: [],
          amiParameters: config.selection.amiParameters ?? [],
          detectByType: false,
        },
        fromAwsCli: `${EXAMPLES}capture`,
      },
      {
        generator: { name: 'stack-ami-report', version: '0.0.0-test' },
        clock: () => new Date(REPORT_CLOCK),
      },
    );
    const now = new Date(REPORT_CLOCK);
    const findings = runChecks(report, config.checks, now);

    const waived = findings.filter((finding) => finding.outcome === 'waived');
    expect(waived.map((f) => [f.stackName, f.region, f.parameterKey, f.check])).to.deep.equal([
      ['batch-prod', 'us-east-1', 'BastionAmi', 'image-deprecated'],
    ]);
    expect(unusedWaivers(findings, config.checks.waivers, now)).to.deep.equal([]);
  });
});
