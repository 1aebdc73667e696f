import { expect } from 'chai';

import { emptyChecksConfig } from '../../../src/config/config-types.js';
import { InputError } from '../../../src/model/errors.js';
import type { AmiReport } from '../../../src/model/report.js';
import { evaluateReport } from '../../../src/pipeline/evaluate-report.js';
import { mergeReports } from '../../../src/pipeline/merge-reports.js';
import { renderReport } from '../../../src/render/render-report.js';
import { collectCapture } from '../../helpers/collect-capture.js';
import { REPORT_CLOCK } from '../../helpers/report-builders.js';

async function collectExample(regions: string[]): Promise<AmiReport> {
  const collected = await collectCapture(`../../../examples/capture`, {
    regions,
    amiParameters: ['*Ami'],
  });
  return evaluateReport(collected, { checks: emptyChecksConfig(), now: new Date(REPORT_CLOCK) });
}

describe('mergeReports', () => {
  it('gives the same stacks, images and findings as one run over both regions', async () => {
    const single = await collectExample(['eu-west-1', 'us-east-1']);
    const eu = await collectExample(['eu-west-1']);
    const us = await collectExample(['us-east-1']);

    const merged = mergeReports(
      [
        { name: 'us.json', report: us },
        { name: 'eu.json', report: eu },
      ],
      REPORT_CLOCK,
    );

    expect(merged.stacks).to.deep.equal(single.stacks);
    expect(merged.images).to.deep.equal(single.images);
    expect(merged.findings).to.deep.equal(single.findings);
    expect(merged.omitted).to.deep.equal(single.omitted);
    expect(merged.complete).to.equal(true);
  });

  it('renders the merged report like the single run', async () => {
    const single = await collectExample(['eu-west-1', 'us-east-1']);
    const merged = mergeReports(
      [
        { name: 'eu.json', report: await collectExample(['eu-west-1']) },
        { name: 'us.json', report: await collectExample(['us-east-1']) },
      ],
      single.generatedAt,
    );
    const options = { formats: ['junit'], now: REPORT_CLOCK };

    const [fromMerge] = await renderReport({ ...merged, source: single.source }, options);
    const [fromSingle] = await renderReport(single, options);

    expect(fromMerge?.content).to.equal(fromSingle?.content);
  });

  it('refuses a stack that two parts both hold', async () => {
    const eu = await collectExample(['eu-west-1']);

    expect(() =>
      mergeReports(
        [
          { name: 'a.json', report: eu },
          { name: 'b.json', report: eu },
        ],
        REPORT_CLOCK,
      ),
    ).to.throw(
      InputError,
      /stack app-prod \(eu-west-1, 111122223333\) is in both a.json and b.json/,
    );
  });

  it('refuses parts of different schema versions', async () => {
    const eu = await collectExample(['eu-west-1']);
    const us = await collectExample(['us-east-1']);
    const newer = { ...us, schemaVersion: 2 } as unknown as AmiReport;

    expect(() =>
      mergeReports(
        [
          { name: 'eu.json', report: eu },
          { name: 'us.json', report: newer },
        ],
        REPORT_CLOCK,
      ),
    ).to.throw(InputError, /different schema versions cannot be merged: eu.json v1, us.json v2/);
  });

  it('keeps a part incomplete in the merged report', async () => {
    const eu = await collectExample(['eu-west-1']);
    const us = await collectExample(['us-east-1']);
    const failed: AmiReport = {
      ...us,
      complete: false,
      errors: [
        { operation: 'DescribeStacks', region: 'us-east-1', code: 'AccessDenied', message: 'no' },
      ],
    };

    const merged = mergeReports(
      [
        { name: 'eu.json', report: eu },
        { name: 'us.json', report: failed },
      ],
      REPORT_CLOCK,
    );

    expect(merged.complete).to.equal(false);
    expect(merged.errors.map((e) => e.code)).to.deep.equal(['AccessDenied']);
  });
});
