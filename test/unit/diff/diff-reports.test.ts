import { expect } from 'chai';

import { diffReports } from '../../../src/diff/diff-reports.js';
import type { AmiReport, ParameterChange, StackChange } from '../../../src/model/report.js';
import { aFinding, aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';

const OLD_ID = 'ami-0aaaaaaaaaaaaaaa1';
const NEW_ID = 'ami-0aaaaaaaaaaaaaab7';
const NEW_STACK_ID =
  'arn:aws:cloudformation:eu-west-1:111122223333:stack/web-prod/' +
  '1f0e4c2a-0000-4000-8000-000000000002';

const oldImage = anImage();
const newImage = anImage({
  imageId: NEW_ID,
  name: 'web-golden-2026.12.02',
  createdAt: '2026-12-02T07:45:00.000Z',
  tags: [
    { key: 'Approved', value: 'yes' },
    { key: 'Name', value: 'web-golden' },
    { key: 'Release', value: '2026.12.02' },
  ],
});

function reportWith(parameters = [aParameter()], overrides: Partial<AmiReport> = {}): AmiReport {
  return aReport({ stacks: [aStack({ parameters })], images: [oldImage, newImage], ...overrides });
}

function onlyStack(baseline: AmiReport, current: AmiReport): StackChange {
  const [stack, ...rest] = diffReports(baseline, current).stacks;
  expect(rest).to.deep.equal([]);
  if (!stack) throw new Error('no stack change');
  return stack;
}

function parameterChange(stack: StackChange, key: string): ParameterChange {
  const change = stack.parameters.find((parameter) => parameter.key === key);
  if (!change) throw new Error(`no change for ${key}`);
  return change;
}

describe('diffReports', () => {
  it('marks a parameter with the same resolved AMI as unchanged', () => {
    const stack = onlyStack(reportWith(), reportWith());

    expect(stack.change).to.equal('present');
    expect(stack.parameters).to.deep.equal([
      {
        key: 'WebAmi',
        change: 'unchanged',
        before: {
          imageIds: [OLD_ID],
          valueState: 'resolved',
          names: ['web-golden-2026.11.30'],
          createdAt: ['2026-11-30T08:15:00.000Z'],
        },
        after: {
          imageIds: [OLD_ID],
          valueState: 'resolved',
          names: ['web-golden-2026.11.30'],
          createdAt: ['2026-11-30T08:15:00.000Z'],
        },
      },
    ]);
  });

  it('shows a changed AMI with both images, their names, dates and tag changes', () => {
    const current = reportWith([aParameter({ imageIds: [NEW_ID] })]);

    const change = parameterChange(onlyStack(reportWith(), current), 'WebAmi');

    expect(change.change).to.equal('changed');
    expect(change.before?.names).to.deep.equal(['web-golden-2026.11.30']);
    expect(change.after).to.deep.equal({
      imageIds: [NEW_ID],
      valueState: 'resolved',
      names: ['web-golden-2026.12.02'],
      createdAt: ['2026-12-02T07:45:00.000Z'],
    });
    expect(change.tagChanges).to.deep.equal([
      { key: 'Approved', after: 'yes' },
      { key: 'Release', before: '2026.11.30', after: '2026.12.02' },
      { key: 'Team', before: 'web' },
    ]);
  });

  it('marks a parameter only the current stack has as added', () => {
    const current = reportWith([
      aParameter(),
      aParameter({ key: 'BastionAmi', imageIds: [NEW_ID] }),
    ]);

    const change = parameterChange(onlyStack(reportWith(), current), 'BastionAmi');

    expect(change.change).to.equal('added');
    expect(change.before).to.equal(undefined);
    expect(change.after?.imageIds).to.deep.equal([NEW_ID]);
  });

  it('marks a parameter only the baseline stack has as removed', () => {
    const baseline = reportWith([aParameter(), aParameter({ key: 'OldAmi' })]);

    const change = parameterChange(onlyStack(baseline, reportWith()), 'OldAmi');

    expect(change.change).to.equal('removed');
    expect(change.before?.imageIds).to.deep.equal([OLD_ID]);
    expect(change.after).to.equal(undefined);
  });

  it('calls a NoEcho parameter unknown, never unchanged, when both runs hide it', () => {
    const hidden = aParameter({ key: 'LegacyAmi', valueState: 'hidden', imageIds: [] });

    const change = parameterChange(
      onlyStack(reportWith([hidden]), reportWith([hidden])),
      'LegacyAmi',
    );

    expect(change.change).to.equal('unknown');
    expect(change.before?.valueState).to.equal('hidden');
    expect(change.after?.valueState).to.equal('hidden');
  });

  it('calls a parameter unknown, not changed, when it became NoEcho', () => {
    const hidden = aParameter({ valueState: 'hidden', imageIds: [] });

    const change = parameterChange(onlyStack(reportWith(), reportWith([hidden])), 'WebAmi');

    expect(change.change).to.equal('unknown');
  });

  it('sees an SSM parameter move even though its parameter name stays the same', () => {
    const ssm = { detectedBy: 'ssm' as const, ssmParameter: '/golden/web/latest' };
    const baseline = reportWith([aParameter({ ...ssm, imageIds: [OLD_ID] })]);
    const current = reportWith([aParameter({ ...ssm, imageIds: [NEW_ID] })]);

    const change = parameterChange(onlyStack(baseline, current), 'WebAmi');

    expect(change.change).to.equal('changed');
    expect(change.before?.ssmParameter).to.equal('/golden/web/latest');
    expect(change.after?.ssmParameter).to.equal('/golden/web/latest');
    expect(change.after?.imageIds).to.deep.equal([NEW_ID]);
  });

  it('compares list parameters as sets of ids', () => {
    const baseline = reportWith([aParameter({ imageIds: [OLD_ID, NEW_ID] })]);
    const current = reportWith([aParameter({ imageIds: [NEW_ID, OLD_ID] })]);

    expect(parameterChange(onlyStack(baseline, current), 'WebAmi').change).to.equal('unchanged');
  });

  it('compares invalid and unset values by what they hold', () => {
    const invalid = (value: string) =>
      aParameter({ valueState: 'invalid', imageIds: [], invalidValue: value });
    const notSet = aParameter({ valueState: 'not-set', imageIds: [] });

    const sameInvalid = onlyStack(
      reportWith([invalid('ami-xyz')]),
      reportWith([invalid('ami-xyz')]),
    );
    const otherInvalid = onlyStack(reportWith([invalid('ami-xyz')]), reportWith([invalid('x')]));
    const nowSet = onlyStack(reportWith([notSet]), reportWith());

    expect(parameterChange(sameInvalid, 'WebAmi').change).to.equal('unchanged');
    expect(parameterChange(otherInvalid, 'WebAmi').change).to.equal('changed');
    expect(parameterChange(nowSet, 'WebAmi').change).to.equal('changed');
  });

  it('leaves tag changes out when the new image tags are not visible', () => {
    const shared = anImage({ imageId: NEW_ID, tagsVisible: false, tags: undefined });
    const current = aReport({
      stacks: [aStack({ parameters: [aParameter({ imageIds: [NEW_ID] })] })],
      images: [shared],
    });

    const change = parameterChange(onlyStack(reportWith(), current), 'WebAmi');

    expect(change.change).to.equal('changed');
    expect(change).to.not.have.property('tagChanges');
  });

  it('finds images in the stack region only, since AMI ids are regional', () => {
    const current = reportWith([aParameter({ imageIds: [NEW_ID] })], {
      images: [anImage({ imageId: NEW_ID, region: 'us-east-1', name: 'elsewhere' })],
    });

    const change = parameterChange(onlyStack(reportWith(), current), 'WebAmi');

    expect(change.after?.names).to.deep.equal([null]);
  });

  it('marks a stack with a new stack id under the same name as replaced', () => {
    const current = aReport({
      stacks: [aStack({ stackId: NEW_STACK_ID, parameters: [aParameter({ imageIds: [NEW_ID] })] })],
      images: [newImage],
    });

    const stack = onlyStack(reportWith(), current);

    expect(stack.change).to.equal('replaced');
    expect(stack.stackId).to.equal(NEW_STACK_ID);
    expect(stack.previousStackId).to.equal(aStack().stackId);
    expect(parameterChange(stack, 'WebAmi').change).to.equal('changed');
  });

  it('marks a stack the current report lacks as removed, with its AMIs as gone', () => {
    const stack = onlyStack(reportWith(), aReport());

    expect(stack).to.deep.include({ stackName: 'web-prod', change: 'removed' });
    expect(stack.parameters).to.have.length(1);
    expect(stack.parameters[0]).to.deep.include({ key: 'WebAmi', change: 'removed' });
    expect(stack.parameters[0]?.before?.imageIds).to.deep.equal([OLD_ID]);
  });

  it('marks a stack that is deleted in the current report as removed', () => {
    const deleted = aStack({
      status: 'DELETE_COMPLETE',
      deployment: 'deleted',
      parameters: [aParameter()],
    });

    const stack = onlyStack(reportWith(), aReport({ stacks: [deleted], images: [oldImage] }));

    expect(stack.change).to.equal('removed');
  });

  it('prefers the live stack over a deleted one of the same name', () => {
    const deleted = aStack({
      deployment: 'deleted',
      status: 'DELETE_COMPLETE',
      parameters: [aParameter()],
    });
    const live = aStack({
      stackId: NEW_STACK_ID,
      parameters: [aParameter({ imageIds: [NEW_ID] })],
    });

    const stack = onlyStack(reportWith(), aReport({ stacks: [deleted, live], images: [newImage] }));

    expect(stack.change).to.equal('replaced');
  });

  it('marks a stack only the current report has as added', () => {
    const stack = onlyStack(aReport(), reportWith());

    expect(stack.change).to.equal('added');
    expect(stack.parameters.map((parameter) => parameter.change)).to.deep.equal(['added']);
  });

  it('does not call a stack removed when the current run failed to read it', () => {
    const current = aReport({
      complete: false,
      errors: [
        {
          operation: 'DescribeStacks',
          region: 'eu-west-1',
          code: 'Throttling',
          message: 'Rate exceeded',
        },
      ],
    });

    const stack = onlyStack(reportWith(), current);

    expect(stack.change).to.equal('present');
    expect(stack.notRead).to.deep.equal({ code: 'Throttling', message: 'Rate exceeded' });
    expect(stack.parameters.map((parameter) => parameter.change)).to.deep.equal(['unknown']);
  });

  it('does not blame an image lookup error for a missing stack', () => {
    const current = aReport({
      errors: [
        { operation: 'DescribeImages', region: 'eu-west-1', code: 'Throttling', message: 'x' },
      ],
    });

    expect(onlyStack(reportWith(), current).change).to.equal('removed');
  });

  it('calls a stack removed when the current run reports that it does not exist', () => {
    const current = aReport({
      errors: [
        {
          operation: 'DescribeStacks',
          region: 'eu-west-1',
          code: 'Throttling',
          message: 'Rate exceeded',
        },
        {
          operation: 'DescribeStacks',
          region: 'eu-west-1',
          stack: 'web-prod',
          code: 'StackNotFound',
          message: 'Stack with id web-prod does not exist',
        },
      ],
    });

    expect(onlyStack(reportWith(), current).change).to.equal('removed');
  });

  it('matches stacks by account and region as well as by name', () => {
    const otherAccount = aStack({ accountId: '444455556666', parameters: [aParameter()] });
    const otherRegion = aStack({ region: 'us-east-1', parameters: [aParameter()] });

    const diff = diffReports(reportWith(), aReport({ stacks: [otherRegion, otherAccount] }));

    expect(diff.stacks.map((stack) => [stack.accountId, stack.region, stack.change])).to.deep.equal(
      [
        ['111122223333', 'eu-west-1', 'removed'],
        ['111122223333', 'us-east-1', 'added'],
        ['444455556666', 'eu-west-1', 'added'],
      ],
    );
  });

  it('sorts stacks by account, region and name, and parameters by key', () => {
    const stacks = ['b-stack', 'a-stack'].map((stackName) =>
      aStack({
        stackName,
        parameters: [aParameter({ key: 'Zeta' }), aParameter({ key: 'Alpha' })],
      }),
    );

    const diff = diffReports(aReport(), aReport({ stacks }));

    expect(diff.stacks.map((stack) => stack.stackName)).to.deep.equal(['a-stack', 'b-stack']);
    expect(diff.stacks[0]?.parameters.map((parameter) => parameter.key)).to.deep.equal([
      'Alpha',
      'Zeta',
    ]);
  });

  it('records when the baseline was made', () => {
    const baseline = reportWith([aParameter()], { generatedAt: '2026-12-01T12:00:00.000Z' });

    expect(diffReports(baseline, reportWith()).baselineGeneratedAt).to.equal(
      '2026-12-01T12:00:00.000Z',
    );
  });
});

describe('diffReports new findings', () => {
  const failing = aFinding({ check: 'image-age', outcome: 'fail', message: 'too old' });

  it('lists failing findings the baseline did not have', () => {
    const fresh = aFinding({ check: 'image-deprecated', outcome: 'fail', message: 'deprecated' });

    const diff = diffReports(
      reportWith([aParameter()], { findings: [failing] }),
      reportWith([aParameter()], { findings: [failing, fresh] }),
    );

    expect(diff.newFindings).to.deep.equal([fresh]);
  });

  it('lists a finding that passed in the baseline and fails now', () => {
    const passed = { ...failing, outcome: 'pass' as const };

    const diff = diffReports(
      reportWith([aParameter()], { findings: [passed] }),
      reportWith([aParameter()], { findings: [failing] }),
    );

    expect(diff.newFindings).to.deep.equal([failing]);
  });

  it('treats a failure on another image or parameter as new', () => {
    const otherImage = { ...failing, imageId: NEW_ID };
    const otherParameter = { ...failing, parameterKey: 'AppAmi' };

    const diff = diffReports(
      reportWith([aParameter()], { findings: [failing] }),
      reportWith([aParameter()], { findings: [otherParameter, otherImage, failing] }),
    );

    expect(diff.newFindings).to.deep.equal([otherParameter, otherImage]);
  });

  it('leaves out findings that do not fail', () => {
    const waived = aFinding({ outcome: 'waived' });
    const skipped = aFinding({ outcome: 'skip', check: 'image-age' });

    const diff = diffReports(
      reportWith(),
      reportWith([aParameter()], { findings: [waived, skipped] }),
    );

    expect(diff.newFindings).to.deep.equal([]);
  });

  it('keeps a re-created stack failure as known when the name and region match', () => {
    const again = { ...failing, stackId: NEW_STACK_ID, message: 'still too old' };

    const diff = diffReports(
      reportWith([aParameter()], { findings: [failing] }),
      reportWith([aParameter()], { findings: [again] }),
    );

    expect(diff.newFindings).to.deep.equal([]);
  });
});
