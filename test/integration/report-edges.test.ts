import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import { CAPTURES } from '../helpers/collect-capture.js';
import { REPORT_CLOCK } from '../helpers/report-builders.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

const env = { STACK_AMI_REPORT_NOW: REPORT_CLOCK };
const c05 = `${CAPTURES}c05`;

function run(args: string[], extraEnv: Record<string, string | undefined> = {}) {
  return runCli(args, { env: { ...env, ...extraEnv } });
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

describe('report at the edges a pipeline meets', function () {
  this.timeout(60_000);

  it('refuses a capture holding the same stack in two files, naming both', async () => {
    const capture = tempDir();
    cpSync(c05, capture, { recursive: true });
    cpSync(path.join(c05, 'describe-stacks.json'), path.join(capture, 'describe-stacks-copy.json'));

    const result = await run(['report', '--from-aws-cli', capture, '--out-dir', tempDir()]);

    expect(result.code).to.equal(2);
    expect(lines(result.stderr)).to.have.length(1);
    expect(result.stderr).to.contain('describe-stacks-copy.json and describe-stacks.json');
  });

  it('reports images unknown and the run incomplete when a capture saved a denial', async () => {
    const capture = tempDir();
    cpSync(path.join(c05, 'describe-stacks.json'), path.join(capture, 'describe-stacks.json'));
    const denied = { Error: { Code: 'UnauthorizedOperation', Message: 'not authorized' } };
    writeFileSync(path.join(capture, 'describe-images.json'), JSON.stringify(denied));
    const outDir = tempDir();

    const result = await run(['report', '--from-aws-cli', capture, '--out-dir', outDir]);

    expect(result.code, result.stderr).to.equal(3);
    const report = JSON.parse(readFileSync(path.join(outDir, 'ami-report.json'), 'utf8')) as {
      complete: boolean;
      images: { lookup: string }[];
      errors: { operation: string; code: string }[];
    };
    expect(report.complete).to.equal(false);
    expect(report.images.map((image) => image.lookup)).to.deep.equal(
      report.images.map(() => 'unknown'),
    );
    expect(report.images).to.not.be.empty;
    expect(report.errors[0]).to.include({
      operation: 'DescribeImages',
      code: 'UnauthorizedOperation',
    });
    expect(readFileSync(path.join(outDir, 'ami-report.md'), 'utf8')).to.not.contain('not found');
    const said = 'DescribeImages in eu-west-1 failed: UnauthorizedOperation: not authorized';
    expect(result.stderr.split(said)).to.have.length(3); // the warning, and the closing line
    expect(result.stderr).to.contain('grant ec2:DescribeImages');
  });

  it('says a capture without stacks holds none, not that a region is missing', async () => {
    const capture = tempDir();
    writeFileSync(path.join(capture, 'describe-stacks.json'), '{"Stacks": []}');

    const result = await run(['report', '--from-aws-cli', capture, '--out-dir', tempDir()]);

    expect(result.code).to.equal(2);
    expect(result.stderr).to.contain('holds no stacks');
  });

  it("removes the previous run's ami-diff.md when this run writes none", async () => {
    const outDir = tempDir();
    writeFileSync(path.join(outDir, 'ami-diff.md'), 'an old diff');
    writeFileSync(path.join(outDir, 'keep.txt'), 'not ours');

    await run(['report', '--from-aws-cli', c05, '--out-dir', outDir, '--fail-on', 'never']);

    expect(existsSync(path.join(outDir, 'ami-diff.md'))).to.equal(false);
    expect(readFileSync(path.join(outDir, 'keep.txt'), 'utf8')).to.equal('not ours');
  });

  it('appends the diff comment to the job summary, or the report without a baseline', async () => {
    const outDir = tempDir();
    const summary = path.join(tempDir(), 'summary.md');
    writeFileSync(summary, '## an earlier step\n');
    const args = ['report', '--from-aws-cli', c05, '--fail-on', 'never', '--job-summary'];

    await run([...args, '--out-dir', outDir], { GITHUB_STEP_SUMMARY: summary });
    const report = readFileSync(path.join(outDir, 'ami-report.md'), 'utf8');
    expect(readFileSync(summary, 'utf8')).to.equal(`## an earlier step\n${report}`);

    const baseline = path.join(outDir, 'ami-report.json');
    const second = path.join(tempDir(), 'second');
    writeFileSync(summary, '');
    await run([...args, '--out-dir', second, '--baseline', baseline], {
      GITHUB_STEP_SUMMARY: summary,
    });
    const diff = readFileSync(path.join(second, 'ami-diff.md'), 'utf8');
    expect(diff).to.contain('<!-- stack-ami-report:default -->');
    expect(readFileSync(summary, 'utf8')).to.equal(diff);
  });

  it('keeps the exit code of the checks when the job summary cannot be written', async () => {
    const summary = tempDir();

    const result = await run(
      ['report', '--from-aws-cli', c05, '--out-dir', tempDir(), '--job-summary'],
      { GITHUB_STEP_SUMMARY: summary },
    );

    expect(result.code).to.equal(1);
    expect(result.stderr).to.contain('--job-summary: could not append to');
  });

  it(
    'refuses a reporter that names a file ' + 'outside the output folder, writing nothing',
    async () => {
      const dir = tempDir();
      const reporter = path.join(dir, 'escaping.mjs');
      writeFileSync(
        reporter,
        "export default { name: 'txt', render: () => " +
          "[{ name: '../escaped.txt', content: 'x' }] };\n",
      );
      const outDir = path.join(dir, 'out');

      const result = await run([
        'report',
        '--from-aws-cli',
        c05,
        '--out-dir',
        outDir,
        '--reporter',
        reporter,
      ]);

      expect(result.code).to.equal(2);
      expect(result.stderr).to.contain('outside the output folder: ../escaped.txt');
      expect(existsSync(path.join(dir, 'escaped.txt'))).to.equal(false);
      expect(existsSync(outDir)).to.equal(false);
    },
  );

  it('lets a reporter of your own replace a built-in format of the same name', async () => {
    const dir = tempDir();
    const reporter = path.join(dir, 'own-md.mjs');
    writeFileSync(
      reporter,
      "export default { name: 'md', render: () => " +
        "[{ name: 'ami-report.md', content: 'mine' }] };\n",
    );

    const outDir = path.join(dir, 'out');
    await run([
      'report',
      '--from-aws-cli',
      c05,
      '--out-dir',
      outDir,
      '--reporter',
      reporter,
      '--format',
      'md',
    ]);

    expect(readFileSync(path.join(outDir, 'ami-report.md'), 'utf8')).to.equal('mine');
  });

  it('reads --format case-insensitively', async () => {
    const outDir = tempDir();
    const result = await run([
      'report',
      '--from-aws-cli',
      c05,
      '--out-dir',
      outDir,
      '--format',
      'MD, Json',
      '--fail-on',
      'never',
    ]);

    expect(result.code, result.stderr).to.equal(0);
    expect(existsSync(path.join(outDir, 'ami-report.md'))).to.equal(true);
    expect(existsSync(path.join(outDir, 'ami-report.json'))).to.equal(true);
    expect(existsSync(path.join(outDir, 'ami-report.html'))).to.equal(false);
  });

  it('refuses a bad --comment-id before reading anything', async () => {
    const result = await run(['report', '--from-aws-cli', '/nonexistent', '--comment-id', 'a b']);

    expect(result.code).to.equal(2);
    expect(result.stderr).to.contain('comment id');
    expect(result.stderr).not.to.contain('/nonexistent');
  });

  it('merges parts collected days apart, with a warning naming both', async () => {
    const outDir = tempDir();
    const collect = async (region: string, now: string) => {
      const out = path.join(outDir, `${region}-${now.slice(0, 10)}.json`);
      const args = ['collect', '--from-aws-cli', 'examples/capture', '--region', region];
      const result = await run([...args, '--out', out, '--quiet'], { STACK_AMI_REPORT_NOW: now });
      expect(result.code, result.stderr).to.equal(0);
      return out;
    };
    const west = await collect('eu-west-1', '2026-12-03T12:00:00Z');
    const east = await collect('us-east-1', '2027-06-01T12:00:00Z');
    const sameDay = await collect('us-east-1', '2026-12-03T12:30:00Z');

    const apart = await run(['merge', west, east, '--out', path.join(outDir, 'apart.json')]);
    const together = await run(['merge', west, sameDay, '--out', path.join(outDir, 'one.json')]);

    expect(apart.code, apart.stderr).to.equal(0);
    expect(apart.stderr).to.contain(
      `warning: the reports were collected 180 days apart (${west} at 2026-12-03T12:00:00.000Z, ` +
        `${east} at 2027-06-01T12:00:00.000Z)`,
    );
    expect(together.code, together.stderr).to.equal(0);
    expect(together.stderr).to.not.contain('apart');
  });

  it('refuses merging the same report twice', async () => {
    const outDir = tempDir();
    await run([
      'report',
      '--from-aws-cli',
      c05,
      '--out-dir',
      outDir,
      '--format',
      'json',
      '--fail-on',
      'never',
    ]);
    const part = path.join(outDir, 'ami-report.json');

    const result = await run(['merge', part, part, '--out', path.join(outDir, 'all.json')]);

    expect(result.code).to.equal(2);
    expect(result.stderr).to.contain(`${part} is given twice`);
  });

  it('warns about a waiver that waived nothing, and not about one that did', async () => {
    const config = path.join(tempDir(), 'waivers.yaml');
    writeFileSync(
      config,
      [
        'waivers:',
        '  - { check: image-deprecated, stack: web-prod, parameter: BastionAmi, reason: used }',
        '  - { check: image-deprecated, stack: wbe-prod, reason: a typo }',
        '',
      ].join('\n'),
    );

    const result = await run([
      'report',
      '--from-aws-cli',
      c05,
      '--config',
      config,
      '--out-dir',
      tempDir(),
    ]);

    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.contain(
      'the waiver for image-deprecated (stack wbe-prod) waived nothing',
    );
    expect(result.stderr).not.to.contain('stack web-prod, parameter BastionAmi) waived nothing');
  });

  it('warns when no stack matched the selection', async () => {
    const result = await run([
      'report',
      '--from-aws-cli',
      c05,
      '--stack-prefix',
      'nomatch',
      '--out-dir',
      tempDir(),
    ]);

    expect(result.code).to.equal(0);
    expect(result.stderr).to.contain('no stack with AMI parameters matched the selection');
  });

  it('checks copy-ami --out before any AWS call', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'afile'), '');

    const result = await run([
      'copy-ami',
      '--image-id',
      'ami-0aaaaaaaaaaaaaaa1',
      '--source-region',
      'eu-west-1',
      '--to-region',
      'eu-central-1',
      '--endpoint-url',
      'http://127.0.0.1:9',
      '--out',
      path.join(dir, 'afile', 'copy.json'),
    ]);

    expect(result.code).to.equal(2);
    expect(result.stderr).to.contain('afile is a file');
  });

  it('prints no SDK Node-version warning when AWS cannot be reached', async () => {
    const result = await run(
      [
        'report',
        '--stack',
        'web-prod',
        '--region',
        'eu-west-1',
        '--endpoint-url',
        'http://127.0.0.1:9',
        '--max-attempts',
        '1',
        '--out-dir',
        tempDir(),
        '--quiet',
      ],
      { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: undefined },
    );

    expect(result.code).to.equal(3);
    expect(result.stderr).not.to.contain('NodeVersionSupportWarning');
    expect(lines(result.stderr)).to.have.length(1);
  });
});
