import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import { builtIsFresh, cleanEnv, tempDir } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE = path.join(ROOT, 'examples', 'library', 'report.ts');
const require = createRequire(import.meta.url);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a Node.js script in the repository root with the clean CI environment. */
function runNode(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: cleanEnv({}) });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** A tsconfig with the repository's compiler settings that checks only the example. */
function writeExampleTsconfig(directory: string): string {
  const file = path.join(directory, 'tsconfig.json');
  const config = {
    extends: path.join(ROOT, 'tsconfig.json'),
    // Type libraries are looked up from the config's folder, which is outside the repository.
    compilerOptions: {
      noEmit: true,
      rootDir: ROOT,
      typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    },
    files: [EXAMPLE],
  };
  writeFileSync(file, JSON.stringify(config));
  return file;
}

// The example imports the package by its name, which resolves to dist/ through `exports`.
describe('examples/library/report.ts', function () {
  this.timeout(120_000);
  const scratch: string[] = [];

  before(function () {
    if (!builtIsFresh()) {
      throw new Error('dist/ is missing or older than src/: run `npm run build` first');
    }
  });

  after(() => {
    for (const directory of scratch) rmSync(directory, { recursive: true, force: true });
  });

  it('type-checks with the repository compiler settings', async () => {
    const directory = tempDir('library-example-tsc-');
    scratch.push(directory);
    const tsc = require.resolve('typescript/bin/tsc');

    const result = await runNode([tsc, '-p', writeExampleTsconfig(directory)]);

    expect(result.stdout + result.stderr).to.equal('');
    expect(result.code).to.equal(0);
  });

  it('collects the bundled capture, writes Markdown and JUnit and prints one line', async () => {
    const tsx = require.resolve('tsx/cli');

    const result = await runNode([tsx, EXAMPLE]);
    const lines = result.stdout.trim().split('\n');
    const match = / files in (\S+); /.exec(result.stdout);
    if (match?.[1]) scratch.push(match[1]);

    expect(lines, result.stderr).to.have.length(1);
    expect(lines[0]).to.match(
      /^4 stacks, 10 AMI parameters; 2 files in \S+; \d+ checks? failed at or above error: /,
    );
    expect(lines[0]).to.include('image-not-found (1)');
    expect(lines[0]).to.match(/; 1 failure waived$/);
    expect(result.code).to.equal(1);
    const outDir = match?.[1] ?? '';
    expect(existsSync(outDir)).to.equal(true);
    expect(readdirSync(outDir).sort()).to.deep.equal(['ami-report.junit.xml', 'ami-report.md']);
    expect(readFileSync(path.join(outDir, 'ami-report.junit.xml'), 'utf8')).to.include(
      'classname="ami-report.',
    );
  });
});
