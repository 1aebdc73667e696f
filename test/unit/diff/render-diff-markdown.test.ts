import { expect } from 'chai';

import { diffReports } from '../../../src/diff/diff-reports.js';
import { UsageError } from '../../../src/model/errors.js';
import type {
  AmiReport,
  DeploymentDiff,
  ImageEntry,
  StackEntry,
} from '../../../src/model/report.js';
import { renderDiffMarkdown } from '../../../src/render/diff/render-diff-markdown.js';
import { aFinding, aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';
import { expectTablesParse } from './gfm-tables.js';

const NEW_ID = 'ami-0aaaaaaaaaaaaaab7';
const BASELINE_AT = '2026-12-01T12:00:00.000Z';

const newImage = anImage({
  imageId: NEW_ID,
  name: 'web-golden-2026.12.02',
  createdAt: '2026-12-02T07:45:00.000Z',
});

function reportOf(stacks: StackEntry[], images: ImageEntry[], extra: Partial<AmiReport> = {}) {
  return aReport({ stacks, images, ...extra });
}

const baseline = reportOf([aStack({ parameters: [aParameter()] })], [anImage()], {
  generatedAt: BASELINE_AT,
});
const unchangedDiff = diffReports(baseline, baseline);
const changedDiff = diffReports(
  baseline,
  reportOf([aStack({ parameters: [aParameter({ imageIds: [NEW_ID] })] })], [newImage]),
);

function render(diff: DeploymentDiff | AmiReport, options = {}): string {
  const body = renderDiffMarkdown(diff, options);
  if (body === undefined) throw new Error('no body');
  return body;
}

describe('renderDiffMarkdown', () => {
  it('writes a short body when no AMI changed', () => {
    expect(render(unchangedDiff)).to.equal(
      '<!-- stack-ami-report:default -->\n' +
        '**No AMI changes** since 2026-12-01T12:00:00Z · 1 unchanged\n\n' +
        'The full report is among the artifacts of this run.\n',
    );
  });

  it('starts with the marker of the comment id it is given', () => {
    expect(render(changedDiff, { commentId: 'prod-eu' }).split('\n')[0]).to.equal(
      '<!-- stack-ami-report:prod-eu -->',
    );
  });

  it('refuses a comment id that could end the marker early', () => {
    expect(() => renderDiffMarkdown(changedDiff, { commentId: 'x -->' })).to.throw(UsageError);
  });

  it('returns nothing with skipUnchanged when nothing changed, and a body when it did', () => {
    expect(renderDiffMarkdown(unchangedDiff, { skipUnchanged: true })).to.equal(undefined);
    expect(renderDiffMarkdown(changedDiff, { skipUnchanged: true })).to.be.a('string');
  });

  it('writes a change as old and new image with names, dates and the age difference', () => {
    expect(render(changedDiff)).to.equal(
      [
        '<!-- stack-ami-report:default -->',
        '**AMI changes since 2026-12-01T12:00:00Z:** 1 changed',
        '',
        '#### Changes',
        '',
        '| Stack | Region | Parameter | Change | Before | After | Age difference | Tag changes |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| web-prod | eu-west-1 | WebAmi | **changed** | ' +
          '`ami-0aaaaaaaaaaaaaaa1` web-golden-2026.11.30<br>created 2026-11-30T08:15:00Z | ' +
          '`ami-0aaaaaaaaaaaaaab7` web-golden-2026.12.02<br>created 2026-12-02T07:45:00Z | ' +
          '2 days newer | none |',
        '',
        'The full report is among the artifacts of this run.',
        '',
      ].join('\n'),
    );
  });

  it('renders the diff a report carries', () => {
    const report = aReport({ diff: changedDiff });

    expect(render(report)).to.equal(render(changedDiff));
  });

  it('refuses a report that has no diff', () => {
    expect(() => renderDiffMarkdown(aReport())).to.throw(UsageError, 'no deployment diff');
  });

  it('puts changes first, then not comparable rows, then the unchanged ones folded', () => {
    const parameters = [
      aParameter({ key: 'AppAmi' }),
      aParameter({ key: 'LegacyAmi', valueState: 'hidden', imageIds: [] }),
      aParameter({ key: 'WebAmi' }),
    ];
    const current = [
      parameters[0],
      parameters[1],
      aParameter({ key: 'WebAmi', imageIds: [NEW_ID] }),
    ].filter((parameter) => parameter !== undefined);
    const diff = diffReports(
      reportOf([aStack({ parameters })], [anImage()]),
      reportOf([aStack({ parameters: current })], [anImage(), newImage]),
    );

    const body = render(diff);

    const order = ['| WebAmi |', '| LegacyAmi | unknown (NoEcho)', '<details>', '| AppAmi |'];
    const positions = order.map((text) => body.indexOf(text.replace(/^\| /, 'eu-west-1 | ')));
    expect(positions.every((position) => position > 0)).to.equal(true);
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    expect(body).to.contain('<summary>1 unchanged AMI parameter</summary>');
    expect(expectTablesParse(body)).to.have.length(2);
  });

  it('lists new check failures with their message', () => {
    const finding = aFinding({ outcome: 'fail', check: 'image-age', message: 'too old' });
    const current = reportOf([aStack({ parameters: [aParameter()] })], [anImage()], {
      findings: [finding],
    });

    const body = render(diffReports(baseline, current));

    expect(body).to.contain('1 new check failure');
    expect(body).to.contain('#### New check failures since the baseline');
    expect(body).to.contain(
      '| error | image-age | web-prod | eu-west-1 | WebAmi | `ami-0aaaaaaaaaaaaaaa1` | too old |',
    );
  });

  it('keeps every table parseable and pings nobody whatever the values hold', () => {
    const awkward = anImage({
      imageId: NEW_ID,
      name: 'web | golden @octo-org/web\nsecond line <b>',
      tags: [
        { key: 'Notes', value: 'line one\nline two' },
        { key: 'Owner', value: '@octocat' },
        { key: 'Variant', value: 'blue|green' },
      ],
    });
    const current = reportOf(
      [aStack({ parameters: [aParameter({ imageIds: [NEW_ID] })] })],
      [awkward],
    );

    const body = render(diffReports(baseline, current));

    expectTablesParse(body);
    expect(body).to.not.match(/(^|[^`\u200d])@[a-z]/m);
    expect(body).to.contain('web \\| golden @\u200docto-org/web<br>second line &lt;b&gt;');
    expect(body).to.contain('Variant: — → `blue\\|green`');
    expect(body).to.not.contain('<b>');
  });

  it('links the full report, encoding what would end the link', () => {
    const body = render(changedDiff, { detailsUrl: 'https://ci.example.com/job/a (b)/1/' });

    expect(body).to.contain('[Full report](https://ci.example.com/job/a%20%28b%29/1/)');
  });

  it('shows a details location that is not a web address as text', () => {
    const body = render(changedDiff, { detailsUrl: 'javascript:alert(1)' });

    expect(body).to.contain('Full report: `javascript:alert(1)`');
    expect(body).to.not.contain('](javascript');
  });

  it('gives the same text for the same diff', () => {
    expect(render(changedDiff)).to.equal(render(structuredClone(changedDiff)));
  });

  it('names the account when the diff spans several', () => {
    const other = aStack({ accountId: '444455556666', parameters: [aParameter()] });
    const diff = diffReports(baseline, reportOf([other], [anImage()]));

    expect(render(diff)).to.contain('| web-prod<br>444455556666<br>_new stack_ |');
  });

  it('says when a stack could not be read instead of calling it removed', () => {
    const current = aReport({
      errors: [
        { operation: 'DescribeStacks', region: 'eu-west-1', code: 'Throttling', message: 'x' },
      ],
    });

    const body = render(diffReports(baseline, current));

    expect(body).to.contain(
      '| web-prod<br>_not read this run (Throttling)_ | eu-west-1 | WebAmi | ' +
        'unknown (stack not read) |',
    );
    expect(body).to.contain('**No AMI changes**');
  });
});

describe('a saved report with its diff, read back from JSON', () => {
  const undescribed = 'ami-0ffffffffffffff01';
  const current = reportOf([aStack({ parameters: [aParameter({ imageIds: [undescribed] })] })], []);
  const saved = JSON.parse(
    JSON.stringify({ ...current, diff: diffReports(baseline, current) }),
  ) as AmiReport;

  it('keeps an image that was not described as null, as the schema says', () => {
    const side = saved.diff?.stacks[0]?.parameters[0]?.after;
    expect(side?.imageIds).to.deep.equal([undescribed]);
    expect(side?.names).to.deep.equal([null]);
    expect(side?.createdAt).to.deep.equal([null]);
  });

  it('renders it again, saying the image was not described', () => {
    const body = render(saved);
    expect(body).to.include(`\`${undescribed}\` _not described_`);
    expectTablesParse(body);
  });
});
