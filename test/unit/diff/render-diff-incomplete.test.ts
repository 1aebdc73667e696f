import { expect } from 'chai';

import { diffReports } from '../../../src/diff/diff-reports.js';
import type { AmiReport, CollectionError } from '../../../src/model/report.js';
import { renderDiffMarkdown } from '../../../src/render/diff/render-diff-markdown.js';
import { renderMarkdown } from '../../../src/render/markdown/render-markdown.js';
import { aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';

const BASELINE_AT = '2026-12-01T12:00:00.000Z';
const MARKER = '<!-- stack-ami-report:default -->';

const ACCESS_DENIED: CollectionError = {
  operation: 'DescribeStacks',
  region: 'us-east-1',
  code: 'AccessDenied',
  message: 'User is not authorized to perform: cloudformation:DescribeStacks',
};

const baseline = aReport({
  generatedAt: BASELINE_AT,
  stacks: [aStack({ parameters: [aParameter()] })],
  images: [anImage()],
});

/** The same stacks as the baseline, but one region could not be read. */
function anIncompleteRun(errors: CollectionError[] = [ACCESS_DENIED]): AmiReport {
  const current = aReport({ ...baseline, generatedAt: '2026-12-03T12:00:00.000Z' });
  const incomplete = { ...current, complete: false, errors };
  return { ...incomplete, diff: diffReports(baseline, incomplete) };
}

function render(report: AmiReport, options = {}): string {
  const body = renderDiffMarkdown(report, options);
  if (body === undefined) throw new Error('no body');
  return body;
}

function bannerOf(markdown: string): string {
  const start = markdown.indexOf('> [!CAUTION]');
  return markdown.slice(start, markdown.indexOf('\n\n', start));
}

describe('renderDiffMarkdown of an incomplete run', () => {
  it('puts the report INCOMPLETE banner right after the marker line', async () => {
    const report = anIncompleteRun();
    const body = render(report);

    const banner = bannerOf(await renderMarkdown(report));
    expect(banner).to.contain('INCOMPLETE').and.to.contain('AccessDenied');
    expect(body.startsWith(`${MARKER}\n${banner}\n\n`)).to.equal(true);
  });

  it(
    'never says "No AMI changes" unqualified: the ' + 'summary says the comparison is incomplete',
    () => {
      const summary = render(anIncompleteRun()).split('\n\n')[1];

      expect(summary).to.equal(
        '**Comparison incomplete:** no AMI changes in what could be read since ' +
          '2026-12-01T12:00:00Z · 1 unchanged',
      );
    },
  );

  it('says the comparison is incomplete next to the changes it found', () => {
    const report = anIncompleteRun();
    const current = {
      ...report,
      stacks: [aStack({ parameters: [aParameter({ imageIds: ['ami-0aaaaaaaaaaaaaab7'] })] })],
      images: [anImage({ imageId: 'ami-0aaaaaaaaaaaaaab7' })],
    };
    const summary = render({ ...current, diff: diffReports(baseline, current) }).split('\n\n')[1];

    expect(summary).to.match(
      /^\*\*AMI changes since 2026-12-01T12:00:00Z, comparison incomplete:\*\* 1 changed/,
    );
  });

  it('lists at most ten errors and says how many more there are', () => {
    const errors = Array.from({ length: 12 }, (_, index) => ({
      ...ACCESS_DENIED,
      region: `us-east-${index + 1}`,
    }));
    const banner = bannerOf(render(anIncompleteRun(errors)));

    expect(
      banner.split('\n').filter((line) => line.startsWith('> - DescribeStacks')),
    ).to.have.length(10);
    expect(banner).to.contain('> - and 2 more (see the full report)');
  });

  it(
    'is written even with skipUnchanged: an ' + 'incomplete run is no proof that nothing changed',
    () => {
      expect(renderDiffMarkdown(anIncompleteRun(), { skipUnchanged: true })).to.contain(
        'INCOMPLETE',
      );
    },
  );

  it('keeps the body of a complete run as it was', () => {
    const complete = { ...baseline, diff: diffReports(baseline, baseline) };

    expect(render(complete)).to.equal(
      `${MARKER}\n**No AMI changes** since 2026-12-01T12:00:00Z · 1 unchanged\n\n` +
        'The full report is among the artifacts of this run.\n',
    );
  });
});
