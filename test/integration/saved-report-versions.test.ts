import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import type { AmiReport } from '../../src/model/report.js';
import { expectOneLine, ownLines } from '../fixtures/bad-input/cli-expectations.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CAPTURE = path.join(ROOT, 'examples/capture');

/**
 * Saved reports of a schema version this build does not write. A report to render, or the
 * current report of a diff, is refused: reading it would drop what this version does not know,
 * and render would write it back as version 1. A baseline, or the previous report of a diff,
 * comes from an earlier run and may be older or newer: it is read with a warning.
 */
describe('saved reports of another schema version', function () {
  this.timeout(60_000);
  let cwd: string;

  before(async () => {
    cwd = tempDir('saved-report-versions-');
    const collected = await runCli(['collect', '--from-aws-cli', CAPTURE, '--out', 'v1.json'], {
      cwd,
    });
    expect(collected.code, collected.stderr).to.equal(0);

    const report = JSON.parse(readFileSync(path.join(cwd, 'v1.json'), 'utf8')) as AmiReport;
    const withoutStacks: Partial<AmiReport> = { ...report };
    delete withoutStacks.stacks;
    const write = (name: string, content: object) =>
      writeFileSync(path.join(cwd, name), JSON.stringify(content));
    write('v2.json', { ...report, schemaVersion: 2 });
    write('v2-no-stacks.json', { ...withoutStacks, schemaVersion: 2 });
    write('v0.json', { ...report, schemaVersion: 0 });
    writeFileSync(path.join(cwd, 'afile'), 'a plain file\n');
    mkdirSync(path.join(cwd, 'a-folder'));
  });

  const run = (args: string[]) => runCli(args, { cwd });

  it('render refuses a newer report with exit 2, naming the file and both versions', async () => {
    const result = await run(['render', 'v2.json', '--out-dir', 'r5']);

    expect(result.code, result.stderr).to.equal(2);
    const line = expectOneLine(result, /report v2\.json/, /upgrade stack-ami-report/);
    expect(line).to.equal(
      'stack-ami-report: report v2.json has schemaVersion 2, and this version of ' +
        'stack-ami-report reads only schemaVersion 1 (render it with the stack-ami-report ' +
        'version that wrote it, or upgrade stack-ami-report to a version that reads ' +
        'schemaVersion 2)',
    );
    expect(existsSync(path.join(cwd, 'r5'))).to.equal(false);
  });

  it('render refuses a newer report without stacks for its version, not for a diff', async () => {
    const result = await run(['render', 'v2-no-stacks.json', '--out-dir', 'r6']);

    expect(result.code, result.stderr).to.equal(2);
    const line = expectOneLine(
      result,
      /report v2-no-stacks\.json has schemaVersion 2, .* reads only schemaVersion 1/,
      /render it with the stack-ami-report version that wrote it/,
    );
    expect(line).not.to.match(/baseline|diff/);
  });

  it('render refuses an older report, saying to make it again', async () => {
    const result = await run(['render', 'v0.json', '--out-dir', 'r7']);

    expect(result.code, result.stderr).to.equal(2);
    expectOneLine(
      result,
      /report v0\.json has schemaVersion 0, .* reads only schemaVersion 1/,
      /or make the report again with this version/,
    );
  });

  it('diff refuses a newer current report with exit 2, naming it', async () => {
    const result = await run(['diff', 'v1.json', 'v2.json']);

    expect(result.code, result.stderr).to.equal(2);
    expect(result.stdout).to.equal('');
    expectOneLine(
      result,
      /current report v2\.json has schemaVersion 2, .* reads only schemaVersion 1/,
      /diff it with the stack-ami-report version that wrote it, or upgrade stack-ami-report/,
    );
  });

  it('diff reads a previous report of another version as --baseline does, warning', async () => {
    const result = await run(['diff', 'v2.json', 'v1.json']);

    expect(result.code, result.stderr).to.equal(0);
    expect(ownLines(result.stderr)).to.deep.equal([
      'warning: previous report v2.json has schemaVersion 2; this tool reads schemaVersion 1 ' +
        'and uses only the fields its diff needs',
    ]);
    expect(result.stdout).to.contain('<!-- stack-ami-report');
  });

  it('render still reads a --baseline of another version, warning', async () => {
    const result = await run([
      'render',
      'v1.json',
      '--baseline',
      'v2.json',
      '--out-dir',
      'r8',
      '--fail-on',
      'never',
    ]);

    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.contain(
      'warning: baseline v2.json has schemaVersion 2; this tool reads schemaVersion 1',
    );
    expect(existsSync(path.join(cwd, 'r8', 'ami-diff.md'))).to.equal(true);
  });

  it('diff --out below a plain file says which part is a file, as merge does', async () => {
    const result = await run(['diff', 'v1.json', 'v1.json', '--out', 'afile/x.md']);

    expect(result.code, result.stderr).to.equal(2);
    const line = expectOneLine(
      result,
      /cannot write afile\/x\.md: .*afile is a file/,
      /pass --out with a path whose folders are folders/,
    );
    expect(line).not.to.contain('EEXIST');
  });

  it('diff --out that is a folder says so before reading the reports', async () => {
    const result = await run(['diff', 'missing.json', 'v1.json', '--out', 'a-folder']);

    expect(result.code, result.stderr).to.equal(2);
    expectOneLine(result, /output file a-folder is a folder/, /pass --out with a file path/);
  });
});
