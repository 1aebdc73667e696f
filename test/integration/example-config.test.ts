import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import type { AmiReport } from '../../src/model/report.js';
import { REPORT_CLOCK } from '../helpers/report-builders.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CAPTURE = path.join(ROOT, 'examples', 'capture');
const CONFIG = path.join(ROOT, 'examples', 'config', 'stack-ami-report.yaml');

/** The bundled example capture with the example config, which uses every check and a waiver. */
describe('report on the bundled example with the example config', function () {
  this.timeout(60_000);

  async function reportWith(failOn: string) {
    const outDir = tempDir();
    const result = await runCli(
      [
        'report',
        '--from-aws-cli',
        CAPTURE,
        '--config',
        CONFIG,
        '--out-dir',
        outDir,
        '--fail-on',
        failOn,
      ],
      { env: { STACK_AMI_REPORT_NOW: REPORT_CLOCK } },
    );
    const report = JSON.parse(
      readFileSync(path.join(outDir, 'ami-report.json'), 'utf8'),
    ) as AmiReport;
    return { result, report };
  }

  it('runs every check of the config, and waives the one the config waives', async () => {
    const { report } = await reportWith('never');

    const checks = new Set(report.findings.map((finding) => finding.check));
    expect([...checks].sort()).to.deep.equal([
      'image-age',
      'image-deprecated',
      'image-deprecation-soon',
      'image-not-found',
      'image-owner',
      'image-public',
      'image-state',
      'noecho-parameter',
      'required-tags',
      'stack-status',
      'value-invalid',
      'value-not-set',
    ]);
    const waived = report.findings.filter((finding) => finding.outcome === 'waived');
    expect(waived.map((f) => [f.check, f.stackName, f.parameterKey])).to.deep.equal([
      ['image-deprecated', 'batch-prod', 'BastionAmi'],
    ]);
  });

  it('exits 1 with --fail-on error and names the failing checks', async () => {
    const { result } = await reportWith('error');

    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/checks? failed at or above error: .*image-not-found \(1\)/);
    expect(result.stderr).to.contain('stack-status (1)');
  });

  it('exits 1 with --fail-on warning, counting the warnings too', async () => {
    const { result } = await reportWith('warning');

    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/at or above warning: .*image-deprecation-soon \(1\)/);
  });

  it('exits 0 with --fail-on never and still records the failures', async () => {
    const { result, report } = await reportWith('never');

    expect(result.code).to.equal(0);
    expect(report.findings.filter((finding) => finding.outcome === 'fail').length).to.be.above(2);
  });
});
