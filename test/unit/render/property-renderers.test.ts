import { expect } from 'chai';
import fc from 'fast-check';

import { diffReports } from '../../../src/diff/diff-reports.js';
import type { AmiReport } from '../../../src/model/report.js';
import { renderDiffMarkdown } from '../../../src/render/diff/render-diff-markdown.js';
import { renderHtml } from '../../../src/render/html/render-html.js';
import { renderJson } from '../../../src/render/json/render-json.js';
import { renderJunit } from '../../../src/render/junit/render-junit.js';
import { renderMarkdown } from '../../../src/render/markdown/render-markdown.js';
import {
  htmlProblems,
  junitProblems,
  markdownProblems,
} from '../../fixtures/bad-input/artifact-safety.js';
import { reportArbitrary } from '../../helpers/report-arbitrary.js';

const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 40);
const NOW = '2026-12-03T12:00:00.000Z';

/** The plain prefixes the arbitrary gives stack names: they must stay readable everywhere. */
function stackLabels(report: AmiReport): string[] {
  return report.stacks.map((stack) => stack.stackName.split(' ')[0] ?? '');
}

describe('every renderer on arbitrary hostile reports', function () {
  this.timeout(120_000);

  it(
    'writes Markdown whose tables parse and ' + 'that has no live markup, mention or link',
    async () => {
      await fc.assert(
        fc.asyncProperty(reportArbitrary(), async (report) => {
          const markdown = await renderMarkdown(report, { now: NOW });
          expect(markdownProblems(markdown)).to.deep.equal([]);
          for (const label of stackLabels(report)) expect(markdown).to.include(label);
        }),
        { numRuns: NUM_RUNS },
      );
    },
  );

  it('writes a diff comment that is just as safe', async () => {
    await fc.assert(
      fc.asyncProperty(reportArbitrary(), reportArbitrary(), async (before, after) => {
        const current = { ...after, diff: diffReports(before, after) };
        const markdown = renderDiffMarkdown(current, {}) ?? '';
        expect(markdown).to.include('<!-- stack-ami-report:default -->');
        expect(markdownProblems(markdown)).to.deep.equal([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('writes HTML with no script, image, inline style, handler or foreign element', async () => {
    await fc.assert(
      fc.asyncProperty(reportArbitrary(), async (report) => {
        const { html } = await renderHtml(report, { now: NOW });
        expect(htmlProblems(html)).to.deep.equal([]);
        for (const label of stackLabels(report)) expect(html).to.include(label);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('writes well-formed JUnit XML that the Jenkins schema accepts', async () => {
    await fc.assert(
      fc.asyncProperty(reportArbitrary(), async (report) => {
        const xml = renderJunit(report, { now: NOW });
        expect(await junitProblems(xml)).to.deep.equal([]);
        for (const label of stackLabels(report)) expect(xml).to.include(label);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('writes JSON that reads back as the same report', () => {
    fc.assert(
      fc.property(reportArbitrary(), (report) => {
        expect(JSON.parse(renderJson(report))).to.deep.equal(report);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

/** The checks above would pass on anything if they could not see a problem. */
describe('the artifact safety checks', () => {
  it('see a broken table, a live mention, a script link and raw HTML in Markdown', () => {
    const markdown = [
      '| a | b |',
      '| --- | --- |',
      '| 1 | 2 | 3 |',
      '',
      'ping @octocat, [x](javascript:alert(1)) <img src=x>',
    ].join('\n');
    expect(markdownProblems(markdown)).to.have.members([
      'a row of 3 cells under 2 headers',
      'a live link: javascript:alert(1)',
      'raw HTML: <img src=x>',
      'a live mention: @octocat',
    ]);
  });

  it('accept a defused mention, a code span and an escaped tag', () => {
    expect(markdownProblems('@\u200doctocat `@octocat` &lt;img&gt; <br>')).to.deep.equal([]);
  });

  it('see script, images, inline style, handlers and control characters in HTML', () => {
    const html = '<p style="x" onclick="y">\u001b</p><script></script><img src=x>';
    expect(htmlProblems(html)).to.have.members([
      'a control character is in the page',
      'a script element',
      'an img element',
      'an inline style: <p style="x" onclick="y">',
      'an event handler: <p style="x" onclick="y">',
      'an unexpected element: <script>',
      'an unexpected element: <img src=x>',
    ]);
  });

  it('see a CDATA section ended early in JUnit XML', async () => {
    const xml = '<testsuites><testsuite><system-out><![CDATA[a]]>b]]></system-out>';
    expect(await junitProblems(xml)).to.have.length(1);
  });
});
