import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import { AwsStub, describeStacksAnswer } from '../fixtures/bad-input/aws-stub.js';
import { ARTIFACTS, expectOneLine, ownLines } from '../fixtures/bad-input/cli-expectations.js';
import { cleanEnv, cliEntry, runCli, tempDir } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CAPTURE = path.join(ROOT, 'examples/capture');
const BROKEN_RUNTIME = path.join(ROOT, 'test/fixtures/render/templates/broken-runtime');
const BROKEN_SYNTAX = path.join(ROOT, 'test/fixtures/bad-input/templates/broken');
const BROKEN_STACK = path.join(ROOT, 'test/fixtures/render/templates/broken-stack');

/** Every file under a folder, by relative path, with its bytes and modification time. */
function snapshot(folder: string): Map<string, { bytes: string; mtimeMs: number }> {
  const files = new Map<string, { bytes: string; mtimeMs: number }>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const bytes = readFileSync(full).toString('base64');
    files.set(path.relative(folder, full), { bytes, mtimeMs: statSync(full).mtimeMs });
  }
  return files;
}

async function reportInto(outDir: string, extra: string[] = [], cwd?: string) {
  return runCli(
    ['report', '--from-aws-cli', CAPTURE, '--out-dir', outDir, '--fail-on', 'never', ...extra],
    cwd ? { cwd } : {},
  );
}

describe('artifact writes', function () {
  this.timeout(60_000);

  it('leaves other files in the output folder untouched', async () => {
    const outDir = tempDir('atomic-');
    writeFileSync(path.join(outDir, 'notes.txt'), 'kept\n');
    mkdirSync(path.join(outDir, 'previous'));
    writeFileSync(path.join(outDir, 'previous', 'ami-report.json'), '{"old":true}\n');
    const before = snapshot(outDir);

    const result = await reportInto(outDir);

    expect(result.code, result.stderr).to.equal(0);
    const after = snapshot(outDir);
    for (const [name, file] of before) expect(after.get(name), name).to.deep.equal(file);
    expect(readdirSync(outDir).sort()).to.deep.equal([...ARTIFACTS, 'notes.txt', 'previous']);
  });

  for (const [label, extra] of [
    ['a template that does not compile', ['--template-dir', BROKEN_SYNTAX]],
    ['a template that fails while rendering', ['--template-dir', BROKEN_RUNTIME]],
    ['a stack section that fails after the Markdown was written', ['--template-dir', BROKEN_STACK]],
  ] as const) {
    it(`keeps the previous artifacts byte for byte after ${label}`, async () => {
      const outDir = tempDir('atomic-');
      expect((await reportInto(outDir)).code).to.equal(0);
      const before = snapshot(outDir);

      const result = await reportInto(outDir, [...extra]);

      expect(result.code, result.stderr).to.equal(2);
      expect(ownLines(result.stderr).at(-1)).to.match(/^stack-ami-report: template .*report\.hbs/);
      expect(snapshot(outDir)).to.deep.equal(before);
    });
  }

  it('keeps the previous artifacts when a reporter of your own throws', async () => {
    const cwd = tempDir('atomic-');
    const outDir = path.join(cwd, 'out');
    expect((await reportInto(outDir)).code).to.equal(0);
    const before = snapshot(outDir);
    writeFileSync(
      path.join(cwd, 'throws.mjs'),
      "export default { name: 'csv', render() { throw new Error('disk quota'); } };\n",
    );

    const result = await reportInto(outDir, ['--reporter', './throws.mjs', '--quiet'], cwd);

    expect(result.code).to.equal(2);
    expect(ownLines(result.stderr)).to.deep.equal([
      'stack-ami-report: the csv reporter failed: disk quota ' +
        '(fix the reporter module, or leave csv out of --format)',
    ]);
    expect(snapshot(outDir)).to.deep.equal(before);
  });

  for (const [name, withBaseline] of [
    ['ami-report.json', false],
    ['ami-diff.md', true],
  ] as const) {
    it(`fails before reading anything when ${name} is a folder, and writes nothing`, async () => {
      const outDir = tempDir('atomic-');
      expect((await reportInto(outDir)).code).to.equal(0);
      const baseline = path.join(tempDir('atomic-baseline-'), 'ami-report.json');
      writeFileSync(baseline, readFileSync(path.join(outDir, 'ami-report.json')));
      const blocker = path.join(outDir, name);
      rmSync(blocker, { force: true });
      mkdirSync(blocker);
      const before = snapshot(outDir);
      const listing = readdirSync(outDir).sort();

      const result = await reportInto(outDir, withBaseline ? ['--baseline', baseline] : []);

      expect(result.code, result.stderr).to.equal(2);
      // one line and no progress before it: AWS was never read
      const line = expectOneLine(result, /is a folder/, /--out-dir/);
      expect(line).to.contain(`${blocker}:`);
      expect(snapshot(outDir)).to.deep.equal(before);
      expect(readdirSync(outDir).sort()).to.deep.equal(listing);
    });
  }

  describe('killed with SIGKILL in the middle of a run', () => {
    let stub: AwsStub | undefined;

    afterEach(async () => {
      await stub?.close();
      stub = undefined;
    });

    it('leaves the previous artifacts whole and no temporary file behind', async () => {
      const outDir = tempDir('atomic-kill-');
      expect((await reportInto(outDir)).code).to.equal(0);
      const before = snapshot(outDir);
      const slow = describeStacksAnswer([{ name: 'web-prod', parameters: {} }]);
      stub = await AwsStub.start({ DescribeStacks: { ...slow, delayMs: 20_000 } });

      const child = spawn(
        process.execPath,
        [
          ...cliEntry(),
          ...['report', '--stack', 'web-prod', '--endpoint-url', stub.endpoint],
          ...['--out-dir', outDir],
        ],
        { env: cleanEnv({ AWS_REGION: 'eu-west-1' }), stdio: 'ignore' },
      );
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.once('exit', (_code, signal) => resolve(signal)),
      );
      await waitFor(() => (stub?.actions.length ?? 0) > 0, 15_000);
      await sleep(500);
      child.kill('SIGKILL');

      expect(await exited).to.equal('SIGKILL');
      expect(snapshot(outDir)).to.deep.equal(before);
      expect(readdirSync(outDir).sort()).to.deep.equal(ARTIFACTS);
    });
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the CLI never called the stub');
    await sleep(20);
  }
}
