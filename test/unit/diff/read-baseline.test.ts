import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { expect } from 'chai';
import sinon from 'sinon';

import { readBaseline, type ReadBaselineOptions } from '../../../src/diff/read-baseline.js';
import { InputError } from '../../../src/model/errors.js';
import type { AmiReport } from '../../../src/model/report.js';
import { aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';

const aGoodReport = () =>
  aReport({ stacks: [aStack({ parameters: [aParameter()] })], images: [anImage()] });

describe('readBaseline', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'read-baseline-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function fileWith(content: string): Promise<string> {
    const file = path.join(folder, 'ami-report.json');
    await writeFile(file, content, 'utf8');
    return file;
  }

  async function refusal(file: string, options?: ReadBaselineOptions): Promise<InputError> {
    try {
      await readBaseline(file, options);
    } catch (error) {
      expect(error).to.be.instanceOf(InputError);
      return error as InputError;
    }
    throw new Error(`${file} was read`);
  }

  it('reads a report of this schema version as it was written', async () => {
    const report = aGoodReport();

    expect(await readBaseline(await fileWith(JSON.stringify(report)))).to.deep.equal(report);
  });

  it('reads a file that starts with a byte order mark', async () => {
    const report = aGoodReport();

    expect(await readBaseline(await fileWith(`\uFEFF${JSON.stringify(report)}`))).to.deep.equal(
      report,
    );
  });

  it('refuses a missing file, naming it', async () => {
    const file = path.join(folder, 'nope.json');

    const error = await refusal(file);

    expect(error.message).to.equal(`cannot read baseline ${file}: the file does not exist`);
    expect(error.hint).to.contain('--baseline');
  });

  it('refuses a folder', async () => {
    expect((await refusal(folder)).message).to.contain('the path is a folder');
  });

  it('refuses an empty file', async () => {
    const file = await fileWith('  \n');

    expect((await refusal(file)).message).to.equal(`baseline ${file} is empty`);
  });

  it('refuses a file that is not JSON', async () => {
    const file = await fileWith('<html>Not Found</html>');

    const error = await refusal(file);

    expect(error.message).to.match(new RegExp(`^baseline ${file} is not valid JSON: `));
  });

  it('refuses a truncated file and says that it ends early', async () => {
    const text = JSON.stringify(aGoodReport(), null, 2);
    const file = await fileWith(text.slice(0, Math.floor(text.length / 2)));

    const error = await refusal(file);

    expect(error.message).to.contain(`baseline ${file} is not complete JSON: it ends early`);
  });

  it('refuses JSON that is not an object', async () => {
    const file = await fileWith('[1, 2]');

    expect((await refusal(file)).message).to.equal(`baseline ${file} is JSON but not an object`);
  });

  it('refuses JSON without a schemaVersion as not being a report', async () => {
    const file = await fileWith(JSON.stringify({ Stacks: [] }));

    expect((await refusal(file)).message).to.contain('has no numeric schemaVersion');
  });

  it('names the fields that have the wrong shape', async () => {
    const report = aGoodReport();
    const broken = {
      ...report,
      stacks: [{ ...report.stacks[0], region: 7, parameters: [{ key: 'WebAmi' }] }],
    };
    const file = await fileWith(JSON.stringify(broken));

    const error = await refusal(file);

    expect(error.message).to.equal(
      `baseline ${file} has the wrong shape: stacks[0].region is 7 (expected a string); ` +
        'stacks[0].parameters[0].valueState is missing (expected one of resolved, hidden, ' +
        'not-set, invalid); stacks[0].parameters[0].imageIds is missing (expected a list)',
    );
  });

  it('says how many more problems there are beyond the first three', async () => {
    const file = await fileWith(JSON.stringify({ schemaVersion: 1 }));

    expect((await refusal(file)).message).to.match(/; and 2 more$/);
  });

  it(
    'reads another schema version that has the ' + 'fields the diff needs, with a warning',
    async () => {
      const rest = aGoodReport();
      const newer = { ...rest, findings: undefined, errors: undefined, schemaVersion: 2, more: 1 };
      const warn = sinon.spy();

      const report = await readBaseline(await fileWith(JSON.stringify(newer)), {
        logger: { debug: () => undefined, info: () => undefined, warn },
      });

      expect(report.schemaVersion).to.equal(1);
      expect(report.stacks).to.deep.equal(rest.stacks);
      expect(report.findings).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
      expect(warn.calledOnce).to.equal(true);
      expect(warn.firstCall.args[0]).to.contain('schemaVersion 2; this tool reads schemaVersion 1');
    },
  );

  it(
    'refuses another schema version that lacks ' + 'what the diff needs, saying which it reads',
    async () => {
      const file = await fileWith(JSON.stringify({ schemaVersion: 3, deployments: [] }));

      const error = await refusal(file);

      expect(error.message).to.contain(
        `baseline ${file} has schemaVersion 3, and this tool reads schemaVersion 1; ` +
          'it lacks what the diff needs: generatedAt is missing (expected a string); ' +
          'stacks is missing (expected a list)',
      );
    },
  );

  describe('a report to render or the current report of a diff', () => {
    it('refuses a newer schema version, naming both versions and the way out', async () => {
      const file = await fileWith(JSON.stringify({ ...aGoodReport(), schemaVersion: 2 }));

      const error = await refusal(file, { role: 'report' });

      expect(error.message).to.equal(
        `report ${file} has schemaVersion 2, ` +
          'and this version of stack-ami-report reads only schemaVersion 1',
      );
      expect(error.hint).to.equal(
        'render it with the stack-ami-report version that wrote it, ' +
          'or upgrade stack-ami-report to a version that reads schemaVersion 2',
      );
    });

    it('refuses a newer version that lacks stacks for its version, not for a diff', async () => {
      const rest: Partial<AmiReport> = aGoodReport();
      delete rest.stacks;
      const file = await fileWith(JSON.stringify({ ...rest, schemaVersion: 2 }));

      const error = await refusal(file, { role: 'report' });

      expect(error.message).to.match(/has schemaVersion 2, .* reads only schemaVersion 1$/);
      const words = `${error.message} ${error.hint}`.replace(file, 'FILE');
      expect(words).not.to.match(/baseline|diff/);
    });

    it('says to make an older report again rather than to upgrade', async () => {
      const file = await fileWith(JSON.stringify({ ...aGoodReport(), schemaVersion: 0 }));

      expect((await refusal(file, { role: 'report' })).hint).to.equal(
        'render it with the stack-ami-report version that wrote it, ' +
          'or make the report again with this version',
      );
    });

    it('names the current report of a diff and says to diff it', async () => {
      const file = await fileWith(JSON.stringify({ ...aGoodReport(), schemaVersion: 2 }));

      const error = await refusal(file, { role: 'current report' });

      expect(error.message).to.match(new RegExp(`^current report ${file} has schemaVersion 2`));
      expect(error.hint).to.match(/^diff it with the stack-ami-report version that wrote it/);
    });
  });

  it('reads a previous report of a diff of another version as it reads a baseline', async () => {
    const rest = aGoodReport();
    const warn = sinon.spy();

    const report = await readBaseline(
      await fileWith(JSON.stringify({ ...rest, schemaVersion: 2 })),
      {
        role: 'previous report',
        logger: { debug: () => undefined, info: () => undefined, warn },
      },
    );

    expect(report.stacks).to.deep.equal(rest.stacks);
    expect(warn.firstCall.args[0]).to.match(/^previous report .* has schemaVersion 2;/);
  });

  it('tells a diff how to replace a previous report that lacks what it needs', async () => {
    const file = await fileWith(JSON.stringify({ schemaVersion: 3, deployments: [] }));

    const error = await refusal(file, { role: 'previous report' });

    expect(error.message).to.match(new RegExp(`^previous report ${file} has schemaVersion 3`));
    expect(error.hint).to.equal(
      'make the previous report with this version of stack-ami-report, ' +
        'or diff with the one that wrote it',
    );
  });

  it('names the diff command, not --baseline, when a diff input cannot be read', async () => {
    const file = path.join(folder, 'nope.json');

    const error = await refusal(file, { role: 'previous report' });

    expect(error.message).to.equal(`cannot read previous report ${file}: the file does not exist`);
    expect(error.hint).to.contain('diff PREVIOUS.json CURRENT.json');
    expect(error.hint).not.to.contain('--baseline');
  });
});
