import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import type { AmiReport } from '../../src/model/report.js';
import {
  htmlProblems,
  junitProblems,
  markdownProblems,
} from '../fixtures/bad-input/artifact-safety.js';
import {
  HOSTILE,
  VISIBLE_WORDS,
  writeHostileCapture,
} from '../fixtures/bad-input/hostile-values.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

const HEBREW = '\u05e9\u05dc\u05d5\u05dd';
const ROCKET = '\u{1f680}';

/** Hostile values in every field of an AWS CLI capture, through the whole CLI. */
describe('report on a capture full of hostile values', function () {
  this.timeout(120_000);
  const folder = tempDir('hostile-');
  const shortened = path.join(folder, 'shortened');
  const whole = path.join(folder, 'whole');
  const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

  before(async () => {
    writeHostileCapture(path.join(folder, 'before'), 0);
    writeHostileCapture(path.join(folder, 'after'), 1);
    const common = ['--ami-parameter', 'NoteAmi', '--fail-on', 'never', '--quiet'];
    const previous = await runCli([
      ...['report', '--from-aws-cli', path.join(folder, 'before'), ...common],
      ...['--format', 'json', '--out-dir', path.join(folder, 'previous')],
    ]);
    expect(previous.code, previous.stderr).to.equal(0);

    const baseline = path.join(folder, 'previous', 'ami-report.json');
    for (const [outDir, limit] of [
      [shortened, '20000'],
      [whole, '10000000'],
    ] as const) {
      const result = await runCli([
        ...['report', '--from-aws-cli', path.join(folder, 'after'), ...common],
        ...['--baseline', baseline, '--out-dir', outDir, '--markdown-limit', limit],
      ]);
      expect(result.code, result.stderr).to.equal(0);
      expect(result.stdout).to.equal('');
      expect(result.stderr).to.equal('');
    }
  });

  for (const [label, dir] of [
    ['shortened to 20000 characters', shortened],
    ['whole', whole],
  ] as const) {
    it(`writes Markdown whose tables parse, with no live mention, link or HTML (${label})`, () => {
      expect(markdownProblems(read(dir, 'ami-report.md'))).to.deep.equal([]);
      expect(markdownProblems(read(dir, 'ami-diff.md'))).to.deep.equal([]);
    });
  }

  it('keeps the Markdown within the comment limit when asked to', () => {
    expect(read(shortened, 'ami-report.md').length).to.be.at.most(20000);
    expect(read(shortened, 'ami-diff.md').length).to.be.at.most(20000);
  });

  it('writes HTML with no script, image, inline style, event handler or foreign element', () => {
    expect(htmlProblems(read(whole, 'ami-report.html'))).to.deep.equal([]);
  });

  it('writes JUnit XML that is well formed and valid against the Jenkins schema', async () => {
    expect(await junitProblems(read(whole, 'ami-report.junit.xml'))).to.deep.equal([]);
  });

  it('shows the hostile values as text in the HTML, JUnit and whole Markdown', () => {
    for (const name of ['ami-report.html', 'ami-report.junit.xml', 'ami-report.md']) {
      const text = decodeEntities(read(whole, name));
      for (const word of [...VISIBLE_WORDS, HEBREW, ROCKET]) {
        expect(text, `${name} shows ${word}`).to.include(word);
      }
    }
  });

  it('keeps every value exactly in the JSON: nothing is lost', () => {
    const report = JSON.parse(read(whole, 'ami-report.json')) as AmiReport;
    const descriptions = report.images.map((image) => image.description);
    const names = report.stacks.map((stack) => stack.stackName);

    for (const [key, value] of Object.entries(HOSTILE)) {
      expect(descriptions, key).to.include(value);
      expect(names, key).to.include(`h-${key} ${value}`);
    }
    expect(report.stacks.every((stack) => stack.parameters.length === 2)).to.equal(true);
  });

  it('says in the shortened Markdown what it left out and where the rest is', () => {
    expect(read(shortened, 'ami-report.md')).to.match(/left out.*Full report: ami-report\.html/);
  });
});

/** The text a reader sees: entities and Markdown backslash escapes resolved. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&#x60;/g, '`')
    .replace(/&#x3D;/g, '=')
    .replace(/&amp;/g, '&')
    .replace(/\\([[\]*_~\\|()])/g, '$1')
    .replace(/\u200d/g, '');
}
