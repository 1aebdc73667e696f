import { expect } from 'chai';

import { diffReports } from '../../../src/diff/diff-reports.js';
import { readBaseline } from '../../../src/diff/read-baseline.js';
import type { AmiReport } from '../../../src/model/report.js';
import { renderDiffMarkdown } from '../../../src/render/diff/render-diff-markdown.js';
import { caseFile, expectMirrors, readCapturedStacks } from './case-fixtures.js';

describe('case C4: NoEcho parameters in the diff', () => {
  let run1: AmiReport;
  let run2: AmiReport;

  before(async () => {
    run1 = await readBaseline(caseFile('c04', 'run1-ami-report.json'));
    run2 = await readBaseline(caseFile('c04', 'run2-ami-report.json'));
  });

  it('uses report fixtures that mirror the captured DescribeStacks output', async () => {
    expectMirrors(run1, await readCapturedStacks('c04', 'run1-describe-stacks.json'));
    expectMirrors(run2, await readCapturedStacks('c04', 'run2-describe-stacks.json'));
  });

  it('calls LegacyAmi unknown although both runs read back ****, and WebAmi unchanged', () => {
    const [stack] = diffReports(run1, run2).stacks;

    expect(stack?.parameters.map((p) => [p.key, p.change])).to.deep.equal([
      ['LegacyAmi', 'unknown'],
      ['WebAmi', 'unchanged'],
    ]);
  });

  it('writes LegacyAmi as unknown (NoEcho) with no AMI details, and no DbPassword', () => {
    const body = renderDiffMarkdown(diffReports(run1, run2)) ?? '';

    expect(body).to.contain(
      '| web-prod | eu-west-1 | LegacyAmi | unknown (NoEcho) | hidden (NoEcho) | hidden (NoEcho) |',
    );
    expect(body).to.contain('**No AMI changes**');
    expect(body).to.not.contain('****');
    expect(body).to.not.contain('DbPassword');
    expect(body).to.not.match(/LegacyAmi[^\n]*(unchanged|changed)/);
  });

  it('does not count a NoEcho unknown as a change worth a comment', () => {
    expect(renderDiffMarkdown(diffReports(run1, run2), { skipUnchanged: true })).to.equal(
      undefined,
    );
  });
});
