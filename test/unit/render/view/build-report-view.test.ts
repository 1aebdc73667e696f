import { expect } from 'chai';

import { buildReportView } from '../../../../src/render/view/build-report-view.js';
import { describeFinding } from '../../../../src/render/view/describe-finding.js';
import type { RowView, StackView } from '../../../../src/render/view/report-view.js';
import {
  aFinding,
  aParameter,
  aReport,
  aStack,
  anImage,
} from '../../../helpers/report-builders.js';
import { aFullReport, anIncompleteReport } from '../../../fixtures/render/sample-reports.js';

function stackNamed(stacks: StackView[], name: string): StackView {
  const stack = stacks.find((candidate) => candidate.stackName === name);
  if (!stack) throw new Error(`no stack ${name}`);
  return stack;
}

function rowOf(stack: StackView, key: string, imageId = ''): RowView {
  const row = stack.rows.find((r) => r.parameterKey === key && (!imageId || r.imageId === imageId));
  if (!row) throw new Error(`no row ${key} ${imageId}`);
  return row;
}

describe('buildReportView', () => {
  const view = buildReportView(aFullReport());
  const web = stackNamed(view.stacks, 'web-prod');
  const workers = stackNamed(view.stacks, 'workers-prod');

  it('sorts stacks by region, then name', () => {
    expect(view.stacks.map((s) => `${s.region}/${s.stackName}`)).to.deep.equal([
      'eu-west-1/web-prod',
      'eu-west-1/workers-prod',
      'us-east-1/batch-dev',
    ]);
  });

  it('gives every status its words', () => {
    expect(web.rows.map((row) => [row.parameterKey, row.statusText])).to.deep.equal([
      ['AppAmi', 'deprecation scheduled 2027-03-01T00:00:00.000Z'],
      ['BastionAmi', 'deprecated since 2026-06-01T00:00:00.000Z'],
      ['DbAmi', 'not set'],
      ['SecretAmi', 'hidden (NoEcho)'],
      ['ToolsAmi', 'invalid AMI id'],
      ['WebAmi', 'ok'],
    ]);
    expect(rowOf(workers, 'WorkerAmis', 'ami-0ddddddddddddddd4').statusText).to.equal('not found');
    expect(rowOf(workers, 'LatestAmi').statusText).to.equal('pending');
    expect(rowOf(stackNamed(view.stacks, 'batch-dev'), 'BatchAmi').statusText).to.equal(
      'failed: Client.InternalError: snapshot copy failed',
    );
  });

  it('gives a list parameter one row per image', () => {
    expect(
      workers.rows.filter((r) => r.parameterKey === 'WorkerAmis').map((r) => r.imageId),
    ).to.deep.equal(['ami-0ccccccccccccccc3', 'ami-0ddddddddddddddd4']);
  });

  it('joins images by the stack region and the image id', () => {
    const report = aReport({
      stacks: [aStack({ region: 'us-east-1', parameters: [aParameter()] })],
      images: [anImage({ region: 'eu-west-1', name: 'wrong-region' })],
    });
    const row = buildReportView(report).stacks[0]?.rows[0];
    expect(row?.status).to.equal('unknown');
    expect(row?.name).to.equal('');
  });

  it('counts the age in days from the given now, else from generatedAt', () => {
    expect(rowOf(web, 'WebAmi').ageDays).to.equal(3);
    const later = buildReportView(aFullReport(), { now: '2026-12-30T12:00:00.000Z' });
    expect(rowOf(stackNamed(later.stacks, 'web-prod'), 'WebAmi').ageText).to.equal('30 days');
  });

  it('picks Name, Release, Team first among the key tags', () => {
    expect(rowOf(web, 'WebAmi').keyTags.map((tag) => tag.key)).to.deep.equal([
      'Name',
      'Release',
      'Team',
    ]);
    expect(rowOf(workers, 'LatestAmi').keyTags.map((tag) => tag.key)).to.deep.equal([
      'Version',
      'Cmd',
      'Notes',
    ]);
  });

  it('says tags of a shared image are not visible, and none when there are none', () => {
    expect(rowOf(workers, 'WorkerAmis', 'ami-0ccccccccccccccc3').tagsNote).to.equal(
      'not visible (shared from another account)',
    );
    expect(rowOf(web, 'BastionAmi').tagsNote).to.equal('none');
  });

  it('shows the SSM parameter name and the lineage', () => {
    expect(rowOf(workers, 'LatestAmi').ssmParameter).to.equal(
      '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
    );
    expect(rowOf(workers, 'LatestAmi').copies).to.deep.equal([
      'eu-central-1/ami-0a1a1a1a1a1a1a1a1',
      'us-west-2/ami-0b2b2b2b2b2b2b2b2',
    ]);
    expect(rowOf(web, 'AppAmi').copiedFrom).to.equal('us-east-1/ami-0999999999999999a');
  });

  it('explains a rolled-back stack', () => {
    expect(workers.deploymentText).to.equal(
      'last update rolled back; the previous parameters are running',
    );
  });

  it('attaches findings to their row and stack-wide findings to the stack', () => {
    expect(rowOf(web, 'BastionAmi').findings.map((f) => f.check)).to.deep.equal([
      'image-deprecated',
      'image-max-age',
    ]);
    expect(rowOf(web, 'BastionAmi').findings[1]?.waiver).to.equal(
      'waived: vendor image, replaced in Q1 (expires 2027-01-31)',
    );
    expect(workers.findings.map((f) => f.check)).to.deep.equal(['stack-deployed']);
  });

  it('counts problems by severity from the failed findings', () => {
    expect(view.counts).to.include({ stacks: 3, images: 7, rows: 10, errors: 3, warnings: 1 });
    expect(view.headline).to.equal(
      '3 stacks, 7 AMIs (10 parameter rows); problems: 3 errors, 1 warning, 0 info',
    );
  });

  it('counts problems from the rows when no check ran', () => {
    const report = aReport({
      stacks: [aStack({ parameters: [aParameter()] })],
      images: [anImage({ lookup: 'not-found' })],
      findings: [],
    });
    expect(buildReportView(report).counts).to.include({ errors: 1, fromRowStatus: true });
  });

  it('names the nested stacks left out', () => {
    expect(view.omitted.count).to.equal(1);
    expect(view.omitted.stacks[0]?.stackName).to.equal('web-prod-NestedAsg-1ABC');
  });

  it('describes an incomplete report with every collection error', () => {
    const incomplete = buildReportView(anIncompleteReport()).incomplete;
    expect(incomplete?.message).to.match(/^INCOMPLETE: 2 parts of the report could not be read/);
    expect(incomplete?.errors.map((e) => e.text)).to.deep.equal([
      'DescribeImages (eu-west-1, stack web-prod): RequestLimitExceeded: Request limit exceeded.',
      'DescribeStacks (us-east-1): AccessDenied: User is not authorized to perform: ' +
        'cloudformation:DescribeStacks',
    ]);
    expect(view.incomplete).to.equal(undefined);
  });

  it('matches findings by stack id, so a re-created stack does not inherit them', () => {
    const old = aFinding({ stackId: 'arn:old', outcome: 'fail' });
    const report = aReport({
      stacks: [aStack({ parameters: [aParameter()] })],
      images: [anImage()],
    });
    report.findings = [old];
    expect(buildReportView(report).stacks[0]?.rows[0]?.findings).to.deep.equal([]);
  });
});

describe('describeFinding with an expired waiver', () => {
  it('says the waiver expired instead of calling the result waived', () => {
    const view = describeFinding(
      aFinding({
        outcome: 'fail',
        waiver: { reason: 'accepted', expires: '2026-12-02', expired: true },
      }),
    );
    expect(view.waiver).to.equal('waiver expired 2026-12-02: accepted');
    expect(view.label).to.equal('FAIL (error)');
  });
});

describe('buildReportView for a healthy image with a failed check', () => {
  it('says the checks failed and takes the colour of the worst failure', () => {
    const stack = aStack({ parameters: [aParameter()] });
    const report = aReport({
      stacks: [stack],
      images: [anImage()],
      findings: [
        aFinding({
          check: 'required-tags',
          outcome: 'fail',
          severity: 'error',
          message: 'missing tag Owner',
        }),
        aFinding({ check: 'image-age', outcome: 'fail', severity: 'warning', message: 'old' }),
        aFinding({ check: 'image-state', outcome: 'pass', message: 'available' }),
      ],
    });

    const row = buildReportView(report).stacks[0]?.rows[0];

    expect(row?.statusText).to.equal('ok; 2 checks failed');
    expect(row?.tone).to.equal('bad');
  });

  it('stays ok and good when every check passed', () => {
    const stack = aStack({ parameters: [aParameter()] });
    const report = aReport({
      stacks: [stack],
      images: [anImage()],
      findings: [aFinding({ check: 'image-state', outcome: 'pass', message: 'available' })],
    });

    const row = buildReportView(report).stacks[0]?.rows[0];

    expect(row?.statusText).to.equal('ok');
    expect(row?.tone).to.equal('good');
  });
});
