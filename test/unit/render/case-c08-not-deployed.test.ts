import { expect } from 'chai';

import { runChecks } from '../../../src/checks/run-checks.js';
import { emptyChecksConfig } from '../../../src/config/config-types.js';
import type { AmiReport } from '../../../src/model/report.js';
import { renderHtml } from '../../../src/render/html/render-html.js';
import { renderJunit } from '../../../src/render/junit/render-junit.js';
import { renderMarkdown } from '../../../src/render/markdown/render-markdown.js';
import { buildReportView } from '../../../src/render/view/build-report-view.js';
import { collectCapture } from '../../helpers/collect-capture.js';
import {
  REPORT_CLOCK,
  aParameter,
  aReport,
  aStack,
  anImage,
} from '../../helpers/report-builders.js';
import { parseTestCases } from './junit/junit-xml.js';

async function checkedC08(): Promise<AmiReport> {
  const report = await collectCapture('c08');
  return { ...report, findings: runChecks(report, emptyChecksConfig(), new Date(REPORT_CLOCK)) };
}

function sectionOf(markdown: string, stackName: string): string {
  const start = markdown.indexOf(`## ${stackName} (`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** A stack that never came up, with an AMI no other stack uses, next to a running one. */
function aReportWithOneStackNotDeployed(): AmiReport {
  const running = aStack({ stackName: 'web-prod', parameters: [aParameter()] });
  const rolledBack = aStack({
    stackName: 'web-new',
    status: 'ROLLBACK_COMPLETE',
    deployment: 'not-deployed',
    parameters: [aParameter({ imageIds: ['ami-0ccccccccccccccc3'] })],
  });
  const old = anImage({ imageId: 'ami-0ccccccccccccccc3', createdAt: '2025-01-01T00:00:00.000Z' });
  return aReport({ stacks: [running, rolledBack], images: [anImage(), old] });
}

describe('rows of a stack that is not deployed (C8)', () => {
  it(
    'shows them in Markdown as not deployed, ' + 'creation rolled back, never ok or passed',
    async () => {
      const web = sectionOf(await renderMarkdown(await checkedC08()), 'web-new');
      const row = web.split('\n').find((line) => line.startsWith('| WebAmi |'));

      expect(row).to.contain('not deployed (creation rolled back)');
      expect(row).not.to.contain('✅');
      expect(row).not.to.contain(' ok ');
      expect(row).not.to.contain('passed');
    },
  );

  it('keeps rows of a rolled-back update as normal rows, with the stack note', async () => {
    const web = sectionOf(await renderMarkdown(await checkedC08()), 'web-prod');

    expect(web).to.contain('last update rolled back; the previous parameters are running');
    expect(web.split('\n').find((line) => line.startsWith('| WebAmi |'))).to.contain('✅ ok');
  });

  it('shows them in HTML as not deployed, creation rolled back', async () => {
    const { html } = await renderHtml(await checkedC08());
    const section = html.slice(html.indexOf('id="stack-3-eu-west-1-web-new"'));
    const start = section.indexOf('<tr class=');
    const row = section.slice(start, section.indexOf('</tr>', start));

    expect(row).to.contain('><bdi>not deployed (creation rolled back)</bdi></td>');
    expect(row).not.to.contain('passed');
  });

  it('passes none of their JUnit cases', async () => {
    const cases = parseTestCases(renderJunit(await checkedC08())).filter(
      (testCase) => testCase.classname.endsWith('.web-new') && testCase.name.startsWith('WebAmi'),
    );

    expect(cases).to.have.length.above(0);
    for (const testCase of cases) {
      expect(testCase.failure ?? testCase.skipped, testCase.name).to.not.equal(undefined);
      expect(testCase['system-out'], testCase.name).to.contain('not deployed');
    }
  });

  it('leaves their AMIs out of the AMI count and the age chart', () => {
    const view = buildReportView(aReportWithOneStackNotDeployed());

    expect(view.counts.images).to.equal(1);
    expect(view.headline).to.match(/^2 stacks, 1 AMI \(2 parameter rows, 1 not deployed\)/);
    expect(view.chart.total).to.equal(1);
    expect(view.chart.bars.find((bar) => bar.label === 'over 1 year')?.count).to.equal(0);
  });

  it('treats rows of a deleted stack the same way', () => {
    const report = aReportWithOneStackNotDeployed();
    report.stacks[1] = { ...report.stacks[1]!, status: 'DELETE_COMPLETE', deployment: 'deleted' };
    const row = buildReportView(report).stacks.find((s) => s.stackName === 'web-new')?.rows[0];

    expect(row).to.include({ status: 'deleted', running: false, tone: 'neutral' });
    expect(row?.statusText).to.equal('deleted (the stack no longer exists)');
    expect(buildReportView(report).counts.images).to.equal(1);
  });
});
