import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import { OutputError } from '../../../src/model/errors.js';
import { writeArtifacts } from '../../../src/output/write-artifacts.js';
import type { ArtifactFile } from '../../../src/render/reporter.js';
import { tempDir } from '../../helpers/run-cli.js';

/** Files as a renderer hands them over, one at a time, calling `before` ahead of each. */
async function* oneByOne(files: ArtifactFile[], before: (index: number) => void = () => {}) {
  for (const [index, file] of files.entries()) {
    before(index);
    await Promise.resolve();
    yield file;
  }
}

describe('writeArtifacts', () => {
  it('writes content given in parts exactly as the joined text', async () => {
    const outDir = tempDir('write-');
    const parts = ['<a>', 'é'.repeat(700_000), '😀'.repeat(300_000), '</a>\n'];

    await writeArtifacts(outDir, [{ name: 'page.html', content: parts }]);

    expect(readFileSync(path.join(outDir, 'page.html'), 'utf8')).to.equal(parts.join(''));
  });

  it('keeps a surrogate pair whole where a long string is cut into slices', async () => {
    const outDir = tempDir('write-');
    // the emoji's two halves straddle the first slice boundary (2^20 characters)
    const text = `${'a'.repeat((1 << 20) - 1)}😀${'b'.repeat(10)}`;

    await writeArtifacts(outDir, [{ name: 'long.txt', content: text }]);

    const written = readFileSync(path.join(outDir, 'long.txt'), 'utf8');
    expect(written).to.equal(text);
    expect(written).not.to.contain('\uFFFD');
  });

  it('leaves every target as it was until the last file is written', async () => {
    const outDir = tempDir('write-');
    writeFileSync(path.join(outDir, 'a.txt'), 'old a');
    const seen: string[] = [];
    const files = oneByOne(
      [
        { name: 'a.txt', content: 'new a' },
        { name: 'b.txt', content: 'new b' },
      ],
      (index) => {
        if (index === 1) seen.push(readFileSync(path.join(outDir, 'a.txt'), 'utf8'));
      },
    );

    const written = await writeArtifacts(outDir, files);

    expect(seen).to.deep.equal(['old a']);
    expect(written).to.deep.equal([path.join(outDir, 'a.txt'), path.join(outDir, 'b.txt')]);
    expect(readFileSync(path.join(outDir, 'a.txt'), 'utf8')).to.equal('new a');
    expect(readdirSync(outDir).sort()).to.deep.equal(['a.txt', 'b.txt']);
  });

  it('changes nothing and leaves no temporary file when a later file fails', async () => {
    const outDir = tempDir('write-');
    writeFileSync(path.join(outDir, 'a.txt'), 'old a');
    async function* failing() {
      yield { name: 'a.txt', content: 'new a' };
      yield { name: 'b.txt', content: ['part', 'more'] };
      throw new Error('the html reporter broke');
    }

    const error = await writeArtifacts(outDir, failing()).catch((caught: unknown) => caught);

    expect((error as Error).message).to.equal('the html reporter broke');
    expect(readdirSync(outDir)).to.deep.equal(['a.txt']);
    expect(readFileSync(path.join(outDir, 'a.txt'), 'utf8')).to.equal('old a');
  });

  it('removes a part that fails while it is being written, and the folders it made', async () => {
    const parent = tempDir('write-');
    const outDir = path.join(parent, 'new', 'out');
    function* brokenParts() {
      yield 'first part';
      throw new Error('a partial failed');
    }

    const error = await writeArtifacts(outDir, [
      { name: 'ok.txt', content: 'fine' },
      { name: 'broken.html', content: brokenParts() },
    ]).catch((caught: unknown) => caught);

    expect((error as Error).message).to.contain('a partial failed');
    expect(existsSync(path.join(parent, 'new'))).to.equal(false);
    expect(readdirSync(parent)).to.deep.equal([]);
  });

  it('makes no folder when the first file fails to render', async () => {
    const outDir = path.join(tempDir('write-'), 'out');
    async function* nothing(): AsyncGenerator<ArtifactFile> {
      throw new Error('unknown format');
    }

    await writeArtifacts(outDir, nothing()).catch(() => undefined);

    expect(existsSync(outDir)).to.equal(false);
  });

  it('names the file whose place a folder holds, and renames none of the others', async () => {
    const outDir = tempDir('write-');
    writeFileSync(path.join(outDir, 'a.txt'), 'old a');
    mkdirSync(path.join(outDir, 'b.json'));

    const error = await writeArtifacts(outDir, [
      { name: 'a.txt', content: 'new a' },
      { name: 'b.json', content: '{}' },
    ]).catch((caught: unknown) => caught);

    expect(error).to.be.instanceOf(OutputError);
    expect((error as Error).message).to.equal(
      `cannot write ${path.join(outDir, 'b.json')}: the path is a folder`,
    );
    expect(readdirSync(outDir).sort()).to.deep.equal(['a.txt', 'b.json']);
    expect(readFileSync(path.join(outDir, 'a.txt'), 'utf8')).to.equal('old a');
  });

  it('refuses a file name outside the folder, keeping what was there', async () => {
    const outDir = tempDir('write-');
    mkdirSync(path.join(outDir, 'kept'));

    const error = await writeArtifacts(outDir, [
      { name: 'a.txt', content: 'a' },
      { name: '../escaped.txt', content: 'x' },
    ]).catch((caught: unknown) => caught);

    expect(error).to.be.instanceOf(OutputError);
    expect(readdirSync(outDir)).to.deep.equal(['kept']);
    expect(existsSync(path.join(outDir, '..', 'escaped.txt'))).to.equal(false);
  });

  it('refuses two files of the same name, writing neither', async () => {
    const outDir = tempDir('write-');
    writeFileSync(path.join(outDir, 'ami-report.json'), 'old');

    const error = await writeArtifacts(outDir, [
      { name: 'ami-report.json', content: 'built-in' },
      { name: './ami-report.json', content: 'mine' },
    ]).catch((caught: unknown) => caught);

    expect(error).to.be.instanceOf(OutputError);
    expect((error as Error).message).to.equal(
      'two of the formats asked for both write ./ami-report.json',
    );
    expect(readdirSync(outDir)).to.deep.equal(['ami-report.json']);
    expect(readFileSync(path.join(outDir, 'ami-report.json'), 'utf8')).to.equal('old');
  });
});
