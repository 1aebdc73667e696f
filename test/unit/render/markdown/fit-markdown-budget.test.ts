import { expect } from 'chai';

import { renderMarkdown } from '../../../../src/render/markdown/render-markdown.js';
import {
  DEFAULT_MARKDOWN_LIMIT,
  fitMarkdownBudget,
  type RenderMarkdownView,
} from '../../../../src/render/markdown/fit-markdown-budget.js';
import { buildReportView } from '../../../../src/render/view/build-report-view.js';
import type { ReportView } from '../../../../src/render/view/report-view.js';
import { renderHtml } from '../../../../src/render/html/render-html.js';
import { renderJunit } from '../../../../src/render/junit/render-junit.js';
import { c15LargeReport } from '../../../fixtures/cases/c15/large-report.js';
import { aFullReport, anIncompleteReport } from '../../../fixtures/render/sample-reports.js';
import { misshapenRows, parseTables } from './markdown-tables.js';

describe('Markdown size budget', () => {
  describe('400 stacks x 3 AMIs with long tags (C15)', () => {
    const report = c15LargeReport();
    let markdown = '';

    before(async () => {
      markdown = await renderMarkdown(report);
    });

    it('stays within 65536 characters, note included', () => {
      expect(DEFAULT_MARKDOWN_LIMIT).to.equal(65536);
      expect(markdown.length).to.be.at.most(65536);
      expect(markdown.length).to.be.greaterThan(60000);
    });

    it('says how many rows and stacks were left out and where the full report is', () => {
      const shownRows = parseTables(markdown).reduce((sum, table) => sum + table.rows.length, 0);
      const shownStacks = (markdown.match(/^## svc-/gm) ?? []).length;
      expect(markdown).to.include(
        `${1200 - shownRows} of 1200 rows and ` +
          `${400 - shownStacks} of 400 whole stacks were left out`,
      );
      expect(markdown).to.include('Full report: ami-report.html in the build artifacts.');
    });

    it('says under a stack whose rows were partly left out how many are missing', () => {
      const rowsOf = (section: string) =>
        section.split('\n').filter((line) => /^\| (?!Parameter \||--- )/.test(line)).length;
      const sections = markdown.split(/^## /m).slice(1);
      const partial = sections.filter((section) => rowsOf(section) < 3);
      expect(partial).to.not.be.empty;
      for (const section of partial) {
        const left = 3 - rowsOf(section);
        expect(section).to.include(
          left === 1
            ? '_1 more row of this stack is left out to fit; the full report has it_'
            : `_${left} more rows of this stack are left out to fit; the full report has them_`,
        );
      }
      const whole = sections.filter((section) => rowsOf(section) === 3);
      expect(whole).to.not.be.empty;
      for (const section of whole) expect(section).to.not.include('of this stack');
    });

    it('never cuts a table in the middle of a row', () => {
      expect(misshapenRows(markdown)).to.deep.equal([]);
      const tableLines = markdown.split('\n').filter((line) => line.startsWith('|'));
      expect(tableLines.every((line) => line.endsWith(' |'))).to.equal(true);
      expect(markdown).not.to.include('<details>');
    });

    it('leaves the HTML and JUnit outputs complete', async () => {
      const { html } = await renderHtml(report);
      expect((html.match(/<tr class="tone-/g) ?? []).length).to.equal(1200);
      expect((renderJunit(report).match(/<testcase /g) ?? []).length).to.equal(1200);
    });
  });

  it('drops the details first and says so', async () => {
    const full = await renderMarkdown(aFullReport());
    const noDetails = full.slice(0, full.indexOf('<details>'));
    const limit = full.length - 1;
    const markdown = await renderMarkdown(aFullReport(), { markdownLimit: limit });
    expect(markdown.length).to.be.at.most(limit);
    expect(markdown).not.to.include('<details>');
    expect(markdown).to.include('the per-image details were left out');
    expect(parseTables(markdown).reduce((sum, t) => sum + t.rows.length, 0)).to.equal(10);
    expect(noDetails.length).to.be.greaterThan(0);
  });

  it('then drops whole rows, keeping rows with problems first', async () => {
    const markdown = await renderMarkdown(aFullReport(), {
      markdownLimit: 3000,
      detailsUrl: 'https://ci.example.com/job/42/artifact/ami-report.html',
    });
    expect(markdown.length).to.be.at.most(3000);
    expect(markdown).to.match(/\d+ of 10 rows and \d+ of 3 whole stacks were left out/);
    expect(markdown).to.include(
      'Full report: https://ci.example.com/job/42/artifact/ami-report.html.',
    );
    expect(markdown).to.include('ami-0eeeeeeeeeeeeeee5');
    expect(misshapenRows(markdown)).to.deep.equal([]);
  });

  it('cuts between lines as a last resort, within the limit', async () => {
    const markdown = await renderMarkdown(aFullReport(), { markdownLimit: 200 });
    expect(markdown.length).to.be.at.most(200);
    expect(markdown).to.include('Cut to fit the comment size limit.');
  });
});

describe('Markdown size budget: choosing how many rows fit', () => {
  /**
   * A body of 1,000 characters plus 300 per row with a problem and 40 per other row, and 100
   * per row with details. `seen` gets each render's row count, negative when with details.
   */
  function measuredRender(seen: number[]): RenderMarkdownView {
    return (shown) => {
      const kept = shown.stacks.flatMap((stack) => stack.rows);
      seen.push(shown.showDetails ? -kept.length : kept.length);
      const problems = kept.filter(isUrgent).length;
      const details = shown.showDetails ? 100 * kept.length : 0;
      return 'x'.repeat(1000 + 300 * problems + 40 * (kept.length - problems) + details);
    };
  }

  function isUrgent(row: { problemCount: number; tone: string }): boolean {
    return row.problemCount > 0 || row.tone === 'bad';
  }

  /** 1,200 rows of C15; with `everyNth`, every nth row has a problem and is longer. */
  function largeView(everyNth?: number): ReportView {
    const view = structuredClone(buildReportView(c15LargeReport()));
    view.stacks
      .flatMap((stack) => stack.rows)
      .forEach((row, index) => {
        row.problemCount = everyNth !== undefined && index % everyNth === 0 ? 1 : 0;
      });
    return view;
  }

  const cases = [
    { name: 'rows of one size', view: largeView(), maxRenders: 5 },
    // a binary search over 1,200 rows would take 11 tries after the two first renders
    { name: 'every fifth row longer, problem rows first', view: largeView(5), maxRenders: 10 },
  ];
  for (const { name, view, maxRenders } of cases) {
    const rows = view.stacks.flatMap((stack) => stack.rows);
    const urgent = rows.filter(isUrgent).length;

    for (const limit of [2000, 20_000, 40_000, 65_536]) {
      it(`${name}: keeps the most rows that fit in ${limit} characters`, () => {
        const seen: number[] = [];
        const body = fitMarkdownBudget(view, measuredRender(seen), limit);

        const room = limit - 1000;
        const expected = Math.min(
          rows.length,
          room <= 300 * urgent
            ? Math.floor(room / 300)
            : urgent + Math.floor((room - 300 * urgent) / 40),
        );
        expect(body.length).to.equal(
          1000 + 300 * Math.min(expected, urgent) + 40 * Math.max(0, expected - urgent),
        );
        expect(seen.length, `renders: ${seen.join(', ')}`).to.be.at.most(maxRenders);
        // far over the limit without details, the body with them is not even rendered
        const withoutDetails = 1000 + 300 * urgent + 40 * (rows.length - urgent);
        const detailed = seen.filter((count) => count < 0).length;
        expect(detailed).to.equal(withoutDetails > limit + 4096 ? 0 : 1);
      });
    }
  }
});

describe('Markdown size budget: a body far over the limit', () => {
  it('is never rendered whole, and keeps the same rows', () => {
    // 1,200 rows of 300 characters: 361,000 characters in all, 215 rows fit in 65,536
    const view = structuredClone(buildReportView(c15LargeReport()));
    const seen: number[] = [];
    const body = fitMarkdownBudget(
      view,
      (shown) => {
        const rows = shown.stacks.reduce((sum, stack) => sum + stack.rows.length, 0);
        seen.push(rows);
        return 'x'.repeat(1000 + 300 * rows + (shown.showDetails ? 100 * rows : 0));
      },
      DEFAULT_MARKDOWN_LIMIT,
    );

    expect(body).to.have.length(1000 + 300 * 215);
    expect(Math.max(...seen), `renders: ${seen.join(', ')}`).to.be.below(300);
    expect(seen.reduce((sum, rows) => sum + rows, 0)).to.be.below(1200);
  });
});

describe('Markdown size budget: the details', () => {
  const view = buildReportView(aFullReport());
  const sized =
    (withDetails: number, withoutDetails: number): RenderMarkdownView =>
    (shown) =>
      'x'.repeat(shown.showDetails ? withDetails : withoutDetails);

  it('keeps the details when the whole body fits', () => {
    expect(fitMarkdownBudget(view, sized(900, 600), 1000)).to.have.length(900);
  });

  it('tries the details when the body without them is only a little over the limit', () => {
    // a template whose note is longer than its details: without them it is the longer body
    expect(fitMarkdownBudget(view, sized(1000, 1200), 1000)).to.have.length(1000);
  });
});

describe('Markdown size budget: which rows are kept', () => {
  // 1,200 rows: the first 600 with a warning, then every 100th of the rest with an error
  const view = structuredClone(buildReportView(c15LargeReport()));
  const rows = view.stacks.flatMap((stack) => stack.rows);
  rows.forEach((row, index) => {
    row.problemCount = index < 600 || index % 100 === 0 ? 1 : 0;
    row.tone = index < 600 ? 'warning' : index % 100 === 0 ? 'bad' : 'good';
  });
  const errors = rows.filter((row) => row.tone === 'bad').length;

  /** The rows of the body chosen: each body is 1,000 characters plus 50 per row. */
  function keptRows(shortened: ReportView, limit: number): typeof rows {
    const rendered = new Map<number, typeof rows>();
    const body = fitMarkdownBudget(
      shortened,
      (shown) => {
        const kept = shown.stacks.flatMap((stack) => stack.rows);
        const length = 1000 + 50 * kept.length + (shown.showDetails ? 100_000 : 0);
        rendered.set(length, kept);
        return 'x'.repeat(length);
      },
      limit,
    );
    return rendered.get(body.length) ?? [];
  }

  it('keeps the rows with errors before those with warnings', () => {
    const kept = keptRows(view, 1000 + 50 * (errors + 3));

    expect(errors).to.equal(6);
    expect(kept.filter((row) => row.tone === 'bad')).to.have.length(errors);
    expect(kept.filter((row) => row.tone === 'warning')).to.have.length(3);
  });

  it('keeps the rows of a stack whose deployment failed with the errors', () => {
    const failed = structuredClone(view);
    const lastStack = failed.stacks.at(-1);
    if (!lastStack) throw new Error('no stack');
    lastStack.deploymentTone = 'bad';
    const kept = keptRows(failed, 1000 + 50 * (errors + lastStack.rows.length));

    expect(kept.filter((row) => row.tone === 'warning')).to.deep.equal([]);
    expect(kept.slice(-lastStack.rows.length)).to.deep.equal(lastStack.rows);
  });
});

describe('Markdown size budget: a comment with no row left', () => {
  it('says what was left out, and not that no stack matched', async () => {
    const markdown = await renderMarkdown(aFullReport(), { markdownLimit: 1000 });
    expect(markdown.length).to.be.at.most(1000);
    expect(markdown).to.include('10 of 10 rows and 3 of 3 whole stacks were left out');
    expect(markdown).not.to.include('No stacks matched');
  });

  it('still says so when no stack matched at all', async () => {
    const markdown = await renderMarkdown({ ...aFullReport(), stacks: [], images: [] });
    expect(markdown).to.include('No stacks matched the selection.');
  });

  it('does not say that no stack matched when the stacks could not be read', async () => {
    const unread = { ...anIncompleteReport(), stacks: [], images: [], findings: [] };
    const markdown = await renderMarkdown(unread);
    expect(markdown).to.include('No stack could be read: the errors above say why.');
    expect(markdown).not.to.include('No stacks matched');
  });
});
