import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';
import fc from 'fast-check';

import { TemplateError } from '../../../src/model/errors.js';
import type { AmiReport } from '../../../src/model/report.js';
import { renderHtml, renderHtmlInParts } from '../../../src/render/html/render-html.js';
import { renderJson, renderJsonInParts } from '../../../src/render/json/render-json.js';
import { builtInReporters } from '../../../src/render/builtin-reporters.js';
import { renderEachFormat, renderReport } from '../../../src/render/render-report.js';
import type { ArtifactFile, Reporter } from '../../../src/render/reporter.js';
import { aFullReport, anIncompleteReport } from '../../fixtures/render/sample-reports.js';
import { aFinding, aReport } from '../../helpers/report-builders.js';
import { reportArbitrary } from '../../helpers/report-arbitrary.js';

const templates = fileURLToPath(new URL('../../fixtures/render/templates/', import.meta.url));
const NOW = '2026-12-03T12:00:00.000Z';

function joined(content: ArtifactFile['content']): string {
  return typeof content === 'string' ? content : [...content].join('');
}

async function eachFormat(report: AmiReport, formats: string[], reporters?: Reporter[]) {
  const files: { name: string; content: string }[] = [];
  const options = { formats, now: NOW, ...(reporters ? { reporters } : {}) };
  for await (const file of renderEachFormat(report, options)) {
    files.push({ name: file.name, content: joined(file.content) });
  }
  return files;
}

async function failureOf(action: () => Promise<unknown>): Promise<unknown> {
  return action().then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );
}

describe('rendering in parts', () => {
  for (const [label, report] of [
    ['a full report', aFullReport()],
    ['an incomplete report', anIncompleteReport()],
    ['a report without stacks', aReport({ stacks: [], images: [] })],
  ] as const) {
    it(`gives the same files as rendering whole, for ${label}`, async () => {
      const formats = ['md', 'html', 'junit', 'json'];

      const whole = await renderReport(report, { formats, now: NOW });

      expect(await eachFormat(report, formats)).to.deep.equal(whole);
    });
  }

  it('renders the HTML page one stack section at a time', async () => {
    const report = aFullReport();

    const { parts } = await renderHtmlInParts(report, { now: NOW });

    const list = [...parts];
    // the page before the sections, one part per stack, the page after them
    expect(list).to.have.length(report.stacks.length + 2);
    expect(list[1]).to.match(/^<section class="stack" id="stack-/);
  });

  it('says that no stack matched on a page without stacks', async () => {
    const { html } = await renderHtml(aReport({ stacks: [], images: [] }), { now: NOW });

    expect(html).to.contain('<p class="empty">No stacks matched the selection.</p>');
    expect(html).not.to.contain('\u0000');
  });

  it('says that no stack could be read on an incomplete page without stacks', async () => {
    const unread = aReport({ stacks: [], images: [], complete: false });
    const { html } = await renderHtml(unread, { now: NOW });

    expect(html).to.contain(
      '<p class="empty">No stack could be read: the errors above say why.</p>',
    );
    expect(html).not.to.contain('No stacks matched');
  });

  it('still renders a page template of your own that loops with each', async () => {
    const templateDir = path.join(templates, 'each-page');

    const { html } = await renderHtml(aFullReport(), { now: NOW, templateDir });

    expect(html).to.contain('<h1>Our own page</h1>');
    for (const stack of aFullReport().stacks) expect(html).to.contain(`>${stack.stackName}</bdi>`);
  });

  it('names the page template when a stack section fails as it is rendered', async () => {
    const templateDir = path.join(templates, 'broken-stack');
    const { parts } = await renderHtmlInParts(aFullReport(), { now: NOW, templateDir });

    const error = await failureOf(async () => [...parts]);

    expect(error).to.be.instanceOf(TemplateError);
    expect((error as TemplateError).message).to.match(/^template .*html\/report\.hbs \(or a part/);
    expect((error as TemplateError).message).to.contain('no-such-partial');
  });

  it('writes JSON in parts that are exactly JSON.stringify of the whole, on any report', () => {
    fc.assert(
      fc.property(reportArbitrary(), (report) => {
        expect([...renderJsonInParts(report)].join('')).to.equal(renderJson(report));
      }),
      { numRuns: 40 },
    );
  });

  it('cuts long arrays into parts and still writes the same JSON', () => {
    const findings = Array.from({ length: 1201 }, (_, index) =>
      aFinding({ message: `finding ${index}` }),
    );
    const report = aReport({ findings });

    const parts = [...renderJsonInParts(report)];

    expect(parts.join('')).to.equal(renderJson(report));
    expect(parts.filter((part) => part.includes('"finding '))).to.have.length(3);
  });

  it("names a reporter of the user's own whose parts fail as they are read", async () => {
    const custom: Reporter = {
      name: 'csv',
      render: () => [{ name: 'r.csv', content: '' }],
      renderInParts: () => [
        {
          name: 'r.csv',
          content: (function* parts() {
            yield 'a,b\n';
            throw new Error('disk quota');
          })(),
        },
      ],
    };

    const error = await failureOf(() =>
      eachFormat(aFullReport(), ['csv'], [...builtInReporters(), custom]),
    );

    expect(error).to.be.instanceOf(TemplateError);
    expect((error as TemplateError).message).to.equal('the csv reporter failed: disk quota');
  });
});
