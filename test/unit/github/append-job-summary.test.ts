import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { expect } from 'chai';

import {
  appendJobSummary,
  JOB_SUMMARY_LIMIT_BYTES,
} from '../../../src/github/append-job-summary.js';
import { OutputError } from '../../../src/model/errors.js';

describe('appendJobSummary', () => {
  let folder: string;
  let summary: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'job-summary-'));
    summary = path.join(folder, 'step_summary');
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('appends after what earlier steps wrote, ending with a newline, counting bytes', async () => {
    await writeFile(summary, '# Build\n', 'utf8');

    const result = await appendJobSummary(summary, '## AMIs\nall é');

    expect(await readFile(summary, 'utf8')).to.equal('# Build\n## AMIs\nall é\n');
    expect(result).to.deep.equal({ bytes: 15, truncated: false });
  });

  it('creates the file when it does not exist yet', async () => {
    await appendJobSummary(summary, 'first\n');

    expect(await readFile(summary, 'utf8')).to.equal('first\n');
  });

  it('cuts at a line end and adds a note when the cap would be passed', async () => {
    await writeFile(summary, 'x'.repeat(100), 'utf8');
    const rows = Array.from({ length: 50 }, (_, index) => `| row ${index} | é |`).join('\n');

    const result = await appendJobSummary(summary, `| a | b |\n| --- | --- |\n${rows}`, 500);

    const written = await readFile(summary, 'utf8');
    expect(result.truncated).to.equal(true);
    expect(Buffer.byteLength(written, 'utf8')).to.be.at.most(500);
    expect(written).to.contain('> **Truncated**: GitHub keeps at most 1 MiB of job summary');
    const table = written.slice(100).split('\n\n')[0] ?? '';
    expect(table.split('\n').every((line) => /^\| .* \|$/.test(line))).to.equal(true);
  });

  it('appends nothing when the file is already at the cap', async () => {
    await writeFile(summary, 'x'.repeat(200), 'utf8');

    const result = await appendJobSummary(summary, 'more', 200);

    expect(result).to.deep.equal({ bytes: 0, truncated: true });
    expect(await readFile(summary, 'utf8')).to.equal('x'.repeat(200));
  });

  it('uses GitHub’s 1 MiB cap by default', () => {
    expect(JOB_SUMMARY_LIMIT_BYTES).to.equal(1_048_576);
  });

  it('refuses a path it cannot write', async () => {
    const error = await appendJobSummary(path.join(folder, 'no', 'such', 'dir'), 'x').catch(
      (caught: unknown) => caught,
    );

    expect(error).to.be.instanceOf(OutputError);
  });
});
