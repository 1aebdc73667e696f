import { expect } from 'chai';

import { diffReports } from '../../../src/diff/diff-reports.js';
import { explainedMissingStacks } from '../../../src/diff/missing-stacks.js';
import { readBaseline } from '../../../src/diff/read-baseline.js';
import type { AmiReport, StackChange } from '../../../src/model/report.js';
import { renderDiffMarkdown } from '../../../src/render/diff/render-diff-markdown.js';
import { caseFile, expectMirrors, readCapturedStacks } from './case-fixtures.js';

const OLD_WEB = 'ami-0aaaaaaaaaaaaaaa1';
const NEW_WEB = 'ami-0aaaaaaaaaaaaaab7';

function readRun(name: string): Promise<AmiReport> {
  return readBaseline(caseFile('c07', `${name}-ami-report.json`));
}

function stackNamed(stacks: StackChange[], name: string): StackChange {
  const stack = stacks.find((candidate) => candidate.stackName === name);
  if (!stack) throw new Error(`no ${name} in the diff`);
  return stack;
}

describe('case C7: a stack deleted or re-created between two runs', () => {
  let run1: AmiReport;
  let run2: AmiReport;
  let run2b: AmiReport;

  before(async () => {
    [run1, run2, run2b] = await Promise.all([readRun('run1'), readRun('run2'), readRun('run2b')]);
  });

  it('uses report fixtures that mirror the captured DescribeStacks output', async () => {
    expectMirrors(run1, await readCapturedStacks('c07', 'run1-describe-stacks.json'));
    expectMirrors(run2, await readCapturedStacks('c07', 'run2-describe-stacks-app-prod.json'));
    expectMirrors(run2b, [
      ...(await readCapturedStacks('c07', 'run2-describe-stacks-app-prod.json')),
      ...(await readCapturedStacks('c07', 'run2b-describe-stacks-web-prod-recreated.json')),
    ]);
  });

  it('run 2: shows web-prod as removed with its WebAmi gone, and app-prod unchanged', () => {
    const diff = diffReports(run1, run2);

    const web = stackNamed(diff.stacks, 'web-prod');
    expect(web.change).to.equal('removed');
    expect(web.parameters).to.have.length(1);
    expect(web.parameters[0]).to.deep.include({ key: 'WebAmi', change: 'removed' });
    expect(web.parameters[0]?.before?.imageIds).to.deep.equal([OLD_WEB]);
    expect(web.parameters[0]?.after).to.equal(undefined);

    const app = stackNamed(diff.stacks, 'app-prod');
    expect(app.change).to.equal('present');
    expect(app.parameters.map((p) => [p.key, p.change])).to.deep.equal([['AppAmi', 'unchanged']]);
  });

  it(
    'run 2: the baseline explains the StackNotFound ' + 'error, so the run can count as complete',
    () => {
      expect(explainedMissingStacks(run2, run1)).to.deep.equal(run2.errors);
    },
  );

  it('run 2: the comment shows the removed stack and its last AMI as gone', () => {
    const body = renderDiffMarkdown(diffReports(run1, run2)) ?? '';

    expect(body).to.contain('stacks: 1 removed');
    expect(body).to.contain(
      '| web-prod<br>_stack removed_ | eu-west-1 | WebAmi | **removed** | ' +
        '`ami-0aaaaaaaaaaaaaaa1` web-golden-2026.11.30<br>created 2026-11-30T08:15:00Z | _gone_ |',
    );
    expect(body).to.contain('| app-prod | eu-west-1 | AppAmi | `ami-0bbbbbbbbbbbbbbb2`');
  });

  it('run 2b: shows web-prod as replaced, WebAmi moving to the new image', () => {
    const diff = diffReports(run1, run2b);

    const web = stackNamed(diff.stacks, 'web-prod');
    expect(web.change).to.equal('replaced');
    expect(web.previousStackId).to.match(/\/1f0e4c2a-0000-4000-8000-000000000001$/);
    expect(web.stackId).to.match(/\/1f0e4c2a-0000-4000-8000-000000000002$/);
    expect(web.parameters[0]).to.deep.include({ key: 'WebAmi', change: 'changed' });
    expect(web.parameters[0]?.before?.imageIds).to.deep.equal([OLD_WEB]);
    expect(web.parameters[0]?.after?.imageIds).to.deep.equal([NEW_WEB]);
    expect(stackNamed(diff.stacks, 'app-prod').parameters[0]?.change).to.equal('unchanged');
  });

  it('run 2b: the comment shows the re-created stack and the AMI move', () => {
    const body = renderDiffMarkdown(diffReports(run1, run2b)) ?? '';

    expect(body).to.contain(
      '| web-prod<br>_re-created (new stack id)_ | eu-west-1 | WebAmi | **changed** | ' +
        '`ami-0aaaaaaaaaaaaaaa1` web-golden-2026.11.30<br>created 2026-11-30T08:15:00Z | ' +
        '`ami-0aaaaaaaaaaaaaab7` web-golden-2026.12.02<br>created 2026-12-02T07:45:00Z | ' +
        '2 days newer |',
    );
  });

  it('does not explain a ValidationError that is not a "does not exist" error', () => {
    const current: AmiReport = {
      ...run2,
      errors: [
        {
          operation: 'DescribeStacks',
          region: 'eu-west-1',
          stack: 'web-prod',
          code: 'ValidationError',
          message: 'Template format error',
        },
      ],
    };

    expect(explainedMissingStacks(current, run1)).to.deep.equal([]);
    expect(stackNamed(diffReports(run1, current).stacks, 'web-prod')).to.deep.include({
      change: 'present',
      notRead: { code: 'ValidationError', message: 'Template format error' },
    });
  });

  it('does not explain a missing stack that the baseline never had', () => {
    const current: AmiReport = {
      ...run2,
      errors: [
        {
          operation: 'DescribeStacks',
          region: 'eu-west-1',
          stack: 'typo-prod',
          code: 'StackNotFound',
          message: 'Stack with id typo-prod does not exist',
        },
      ],
    };

    expect(explainedMissingStacks(current, run1)).to.deep.equal([]);
  });

  it('explains a missing stack named by its old stack id', () => {
    const [notFound] = run2.errors;
    const oldStackId = stackNamed(diffReports(run1, run2).stacks, 'web-prod').stackId;
    if (!notFound || !oldStackId) throw new Error('fixture lacks the error or the stack id');
    const current: AmiReport = { ...run2, errors: [{ ...notFound, stack: oldStackId }] };

    expect(explainedMissingStacks(current, run1)).to.have.length(1);
  });
});
