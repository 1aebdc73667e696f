import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import { ArtifactStage } from '../../../src/output/artifact-stage.js';
import { tempDir } from '../../helpers/run-cli.js';

/** The temporary file staged for `name`, found by the name it is written under. */
function tempFileOf(folder: string, name: string): string {
  const temp = readdirSync(folder).find((entry) => entry.startsWith(`.${name}.`));
  if (temp === undefined) throw new Error(`no temporary file for ${name}`);
  return path.join(folder, temp);
}

describe('ArtifactStage', () => {
  it('moves nothing and removes its temporary files when a target is a folder', async () => {
    const folder = tempDir('stage-');
    writeFileSync(path.join(folder, 'a.md'), 'old a');
    mkdirSync(path.join(folder, 'c.json'));
    const stage = new ArtifactStage();
    for (const name of ['a.md', 'b.html', 'c.json', 'd.xml']) {
      await stage.add(path.join(folder, name), `new ${name}`);
    }

    const error = await stage.commit().catch((caught: unknown) => caught);

    expect(error).to.include({ code: 'EISDIR', dest: path.join(folder, 'c.json') });
    expect(readdirSync(folder).sort()).to.deep.equal(['a.md', 'c.json']);
    expect(readFileSync(path.join(folder, 'a.md'), 'utf8')).to.equal('old a');
    expect(readdirSync(path.join(folder, 'c.json'))).to.deep.equal([]);
  });

  it('removes the temporary files left when a rename fails midway', async () => {
    const folder = tempDir('stage-');
    const stage = new ArtifactStage();
    for (const name of ['a.md', 'b.html', 'c.json']) {
      await stage.add(path.join(folder, name), `new ${name}`);
    }
    unlinkSync(tempFileOf(folder, 'b.html'));

    const error = await stage.commit().catch((caught: unknown) => caught);

    expect(error).to.include({ code: 'ENOENT' });
    // a.md was already in place and stays; c.json's temporary file is gone
    expect(readdirSync(folder)).to.deep.equal(['a.md']);
  });
});
