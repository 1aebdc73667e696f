import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import { checkTemplateDir } from '../../../../src/render/handlebars/check-template-dir.js';
import { tempDir } from '../../../helpers/run-cli.js';

/** A template folder holding `files` (name: source) under markdown/. */
function templateFolder(files: Record<string, string>): string {
  const folder = tempDir('templates-');
  mkdirSync(path.join(folder, 'markdown'), { recursive: true });
  for (const [name, source] of Object.entries(files)) {
    writeFileSync(path.join(folder, 'markdown', name), source);
  }
  return folder;
}

describe('checkTemplateDir', () => {
  it('warns about a file that replaces no template and that no template includes', async () => {
    const folder = templateFolder({});
    copyFileSync(
      path.join('templates', 'markdown', 'report.hbs'),
      path.join(folder, 'markdown', 'ami-report.hbs'),
    );

    const warnings = await checkTemplateDir(folder, ['md', 'html']);

    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`${path.join(folder, 'markdown', 'ami-report.hbs')} replaces`);
    expect(warnings[0]).to.contain('report.hbs, row.hbs');
  });

  it('says nothing of a file that replaces a template, or that one includes', async () => {
    const folder = templateFolder({ 'mine.hbs': 'mine', 'row.hbs': '{{> mine}}\n' });

    expect(await checkTemplateDir(folder, ['md'])).to.deep.equal([]);
  });

  it('checks only the formats the run writes', async () => {
    const folder = templateFolder({ 'typo.hbs': 'x' });

    expect(await checkTemplateDir(folder, ['html', 'json'])).to.deep.equal([]);
  });
});
