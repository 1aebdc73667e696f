import { expect } from 'chai';

import { renderMarkdown } from '../../../../src/render/markdown/render-markdown.js';
import { aParameter, aReport, aStack, anImage } from '../../../helpers/report-builders.js';
import { C14_CMD, c14Report } from '../../../fixtures/cases/c14/report.js';
import { aFullReport, anIncompleteReport } from '../../../fixtures/render/sample-reports.js';
import { misshapenRows, parseTables } from './markdown-tables.js';

function cellTexts(markdown: string): string[] {
  return parseTables(markdown).flatMap((table) => table.rows.flat().map((cell) => cell.text));
}

describe('renderMarkdown', () => {
  describe('pipes and newlines in table cells (C14)', () => {
    it('keeps every row at the header cell count', async () => {
      const markdown = await renderMarkdown(c14Report());
      expect(parseTables(markdown)).to.have.length(2);
      expect(misshapenRows(markdown)).to.deep.equal([]);
    });

    it('reads blue|green, a <br> line break, and the command with its escaped pipe', async () => {
      const markdown = await renderMarkdown(c14Report());
      const cells = cellTexts(markdown);
      expect(cells).to.include('blue|green');
      expect(cells).to.include('line one<br>line two');
      expect(cells).to.include(`\`\` ${C14_CMD} \`\``);
      expect(markdown).to.include(`| Cmd | \`\` ${C14_CMD.replace('|', '\\|')} \`\` |`);
    });

    it('never starts a data row with the second line of a value', async () => {
      const tables = parseTables(await renderMarkdown(c14Report()));
      const firstCells = tables.flatMap((table) => table.rows.map((row) => row[0]?.text ?? ''));
      expect(firstCells.filter((text) => text.startsWith('line two'))).to.deep.equal([]);
    });

    it('keeps all tables well formed for the full sample report', async () => {
      expect(misshapenRows(await renderMarkdown(aFullReport()))).to.deep.equal([]);
    });
  });

  it('never writes a live @mention', async () => {
    const report = aReport({
      stacks: [aStack({ parameters: [aParameter()] })],
      images: [anImage({ name: '@octocat-image', tags: [{ key: 'Team', value: '@org/team' }] })],
    });
    const markdown = await renderMarkdown(report);
    expect(markdown).not.to.match(/(^|[^\w\u200d])@[A-Za-z0-9]/);
    expect(markdown).to.include('@\u200doctocat-image');
  });

  it('writes values as text, never as markup', async () => {
    const report = aReport({
      stacks: [aStack({ parameters: [aParameter()] })],
      images: [anImage({ name: '<img src=x onerror=alert(1)> **bold**' })],
    });
    const markdown = await renderMarkdown(report);
    expect(markdown).to.include('&lt;img src=x onerror=alert(1)&gt; \\*\\*bold\\*\\*');
    expect(markdown).not.to.include('<img');
  });

  it('opens with the counts and the problems by severity', async () => {
    const markdown = await renderMarkdown(aFullReport());
    expect(markdown.split('\n')[2]).to.equal(
      '**3 stacks, 7 AMIs (10 parameter rows); problems: 3 errors, 1 warning, 0 info**',
    );
  });

  it('shows an INCOMPLETE banner naming every error before the tables', async () => {
    const markdown = await renderMarkdown(anIncompleteReport());
    const banner = markdown.indexOf('INCOMPLETE: 2 parts of the report could not be read');
    expect(banner).to.be.greaterThan(0);
    expect(banner).to.be.lessThan(markdown.indexOf('| Parameter |'));
    expect(markdown).to.include(
      '> - DescribeImages (eu-west-1, stack web-prod): ' +
        'RequestLimitExceeded: Request limit exceeded.',
    );
    expect(markdown).to.include('> - DescribeStacks (us-east-1): AccessDenied:');
  });

  it('mentions the nested stacks left out', async () => {
    const markdown = await renderMarkdown(aFullReport());
    expect(markdown).to.include('1 nested stack was left out');
    expect(markdown).to.include('- web-prod-NestedAsg-1ABC (eu-west-1, nested)');
  });
});
