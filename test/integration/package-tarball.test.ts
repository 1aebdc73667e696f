import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import { builtIsFresh, cleanEnv, tempDir } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CAPTURE = path.join(ROOT, 'examples', 'capture');
const ARTIFACTS = [
  'ami-report.css',
  'ami-report.html',
  'ami-report.json',
  'ami-report.junit.xml',
  'ami-report.md',
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

/** Runs a program from PATH (npm, npx) the way a user's shell would. */
function run(command: string, args: string[], cwd: string): Promise<Run> {
  const child = spawn(command, args, { cwd, env: cleanEnv({}), stdio: ['ignore', 'pipe', 'pipe'] });
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

async function packInto(directory: string): Promise<PackResult> {
  const result = await run('npm', ['pack', '--json', '--pack-destination', directory], ROOT);
  expect(result.code, result.stderr).to.equal(0);
  const [pack] = JSON.parse(result.stdout) as PackResult[];
  if (!pack) throw new Error(`npm pack printed no result: ${result.stdout}`);
  return pack;
}

/** An empty ESM project with the tarball installed, as a user's project would have it. */
async function installInto(directory: string, tarball: string): Promise<void> {
  const manifest = { name: 'consumer', version: '1.0.0', private: true, type: 'module' };
  writeFileSync(path.join(directory, 'package.json'), JSON.stringify(manifest));
  // Dependencies come from the local npm cache when it has them; the registry otherwise.
  const args = ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'];
  const result = await run('npm', args, directory);
  expect(result.code, result.stderr).to.equal(0);
}

describe('the npm package', function () {
  // npm install of the tarball and its dependencies: about 10 s with a warm cache.
  this.timeout(240_000);
  let scratch = '';
  let pack: PackResult;
  let project = '';

  before(async function () {
    if (!builtIsFresh()) {
      throw new Error('dist/ is missing or older than src/: run `npm run build` first');
    }
    scratch = tempDir('package-tarball-');
    pack = await packInto(scratch);
    project = path.join(scratch, 'consumer');
    mkdirSync(project);
    await installInto(project, path.join(scratch, pack.filename));
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('ships the build, templates, both schemas, README, LICENSE and package.json', () => {
    const files = pack.files.map((file) => file.path);

    expect(files).to.include.members([
      'package.json',
      'README.md',
      'LICENSE',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/bin/stack-ami-report.js',
      'schema/report.schema.json',
      'schema/config.schema.json',
      'templates/html/ami-report.css',
    ]);
    expect(files.filter((file) => file.startsWith('templates/markdown/'))).to.not.be.empty;
  });

  it('ships no sources, tests, fixtures, examples or source maps', () => {
    const unwanted = pack.files
      .map((file) => file.path)
      .filter((file) =>
        /^(src|test|examples|scripts|bench|\.ci)\/|\.map$|\.tsbuildinfo$/.test(file),
      );

    expect(unwanted).to.deep.equal([]);
  });

  it('runs as `npx stack-ami-report report` in a project that installed it', async () => {
    const args = ['stack-ami-report', 'report', '--from-aws-cli', CAPTURE, '--out-dir', 'out'];

    const result = await run('npx', args, project);

    expect([0, 1], result.stderr).to.include(result.code);
    expect(readdirSync(path.join(project, 'out')).sort()).to.deep.equal(ARTIFACTS);
  });

  it('imports by name from ESM, with the schema as a subpath export', async () => {
    const stdout = await runModule([
      "import { SCHEMA_VERSION, renderReport } from 'stack-ami-report';",
      "const schema = import.meta.resolve('stack-ami-report/schema/report.schema.json');",
      'console.log(SCHEMA_VERSION, typeof renderReport, schema.endsWith(".json"));',
    ]);
    expect(stdout).to.equal('1 function true');
  });

  it('renders every format through the library in plain Node, as installed', async () => {
    const stdout = await runModule([
      "import { collectFromSource, renderReport } from 'stack-ami-report';",
      `const capture = ${JSON.stringify(path.join(ROOT, 'examples', 'capture'))};`,
      'const report = await collectFromSource(',
      '  { selection: { regions: [], stacks: [], stackTags: [], amiParameters: [],',
      '    detectByType: false }, fromAwsCli: capture },',
      "  { generator: { name: 'smoke', version: '0' } });",
      "const files = await renderReport(report, { formats: ['md', 'html', 'junit', 'json'] });",
      "console.log(files.map((file) => `${file.name} ${file.content.length > 100}`).join(','));",
    ]);
    expect(stdout).to.equal(
      'ami-report.md true,ami-report.html true,ami-report.css true,' +
        'ami-report.junit.xml true,ami-report.json true',
    );
  });

  /** Runs an ES module in the consumer project with plain Node; its trimmed output. */
  async function runModule(lines: string[]): Promise<string> {
    const script = lines.join('\n');
    const result = await run(process.execPath, ['--input-type=module', '-e', script], project);
    expect(result.code, result.stderr).to.equal(0);
    return result.stdout.trim();
  }
});
