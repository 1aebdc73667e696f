import { expect } from 'chai';

import { diffReports } from '../../../src/diff/diff-reports.js';
import { STACK_NOT_FOUND, explainedMissingStacks } from '../../../src/diff/missing-stacks.js';
import type { AmiReport, StackChange } from '../../../src/model/report.js';
import { collectCapture } from '../../helpers/collect-capture.js';

const WEB_NEW_AMI = 'ami-0aaaaaaaaaaaaaab7';

function without(report: AmiReport, stackName: string): AmiReport {
  return { ...report, stacks: report.stacks.filter((stack) => stack.stackName !== stackName) };
}

/** The same report with web-new as a running stack (status and deployment replaced). */
function withWebNewDeployed(report: AmiReport): AmiReport {
  const stacks = report.stacks.map((stack) =>
    stack.stackName === 'web-new'
      ? { ...stack, status: 'CREATE_COMPLETE', deployment: 'deployed' as const }
      : stack,
  );
  return { ...report, stacks };
}

function changeOf(stacks: StackChange[], name: string): StackChange | undefined {
  return stacks.find((stack) => stack.stackName === name);
}

describe('case C8 in the diff: a stack whose creation rolled back is not live', () => {
  let current: AmiReport;

  before(async () => {
    current = await collectCapture('c08');
  });

  it('never lists its AMIs as added against a baseline without it', () => {
    const diff = diffReports(without(current, 'web-new'), current);

    expect(changeOf(diff.stacks, 'web-new')).to.equal(undefined);
    const listed = diff.stacks.flatMap((stack) => stack.parameters);
    expect(listed.filter((parameter) => parameter.change === 'added')).to.deep.equal([]);
    expect(listed.filter((parameter) => parameter.change === 'changed')).to.deep.equal([]);
  });

  it('never lists its AMIs as changed: what ran in the baseline is gone', () => {
    const baseline = withWebNewDeployed(current);
    baseline.stacks = baseline.stacks.map((stack) =>
      stack.stackName === 'web-new'
        ? {
            ...stack,
            parameters: [{ ...stack.parameters[0]!, imageIds: ['ami-0aaaaaaaaaaaaaaa1'] }],
          }
        : stack,
    );

    const web = changeOf(diffReports(baseline, current).stacks, 'web-new');

    expect(web?.change).to.equal('removed');
    expect(web?.parameters.map((p) => [p.key, p.change])).to.deep.equal([['WebAmi', 'removed']]);
  });

  it('lists its AMIs as added once a later creation succeeds', () => {
    const web = changeOf(diffReports(current, withWebNewDeployed(current)).stacks, 'web-new');

    expect(web?.change).to.equal('added');
    expect(web?.parameters[0]).to.deep.include({ key: 'WebAmi', change: 'added' });
    expect(web?.parameters[0]?.after?.imageIds).to.deep.equal([WEB_NEW_AMI]);
  });

  it('keeps the rolled-back update of web-prod as a live, unchanged stack', () => {
    const web = changeOf(diffReports(without(current, 'web-new'), current).stacks, 'web-prod');

    expect(web?.change).to.equal('present');
    expect(web?.parameters.map((p) => [p.key, p.change])).to.deep.equal([['WebAmi', 'unchanged']]);
  });

  it('still explains a "does not exist" for it once it is deleted: the baseline had it', () => {
    const error = {
      operation: 'DescribeStacks',
      region: 'eu-west-1',
      stack: 'web-new',
      code: STACK_NOT_FOUND,
      message: 'Stack with id web-new does not exist',
    };
    const later = { ...without(current, 'web-new'), complete: false, errors: [error] };

    expect(explainedMissingStacks(later, current)).to.deep.equal([error]);
    expect(changeOf(diffReports(current, later).stacks, 'web-new')).to.equal(undefined);
  });
});
