import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import type { AmiReport } from '../../src/model/report.js';
import {
  expectIncompleteArtifacts,
  expectNothingWritten,
  expectNoTrace,
  expectOneLine,
  ownLines,
} from '../fixtures/bad-input/cli-expectations.js';
import {
  AwsStub,
  cfnError,
  describeImagesAnswer,
  describeStacksAnswer,
  ec2Error,
  type StubRoutes,
} from '../fixtures/bad-input/aws-stub.js';
import { runCli, tempDir, type CliResult } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BAD = path.join(ROOT, 'test/fixtures/bad-input');
const CONFIG = path.join(ROOT, 'test/fixtures/config');
const CAPTURE = path.join(ROOT, 'examples/capture');
const NOWHERE = 'http://127.0.0.1:9';

/** Files every row may use, made once: a good report, one of another version, a plain file. */
interface Shared {
  good: string;
  goodCopy: string;
  newer: string;
}

/** One row of the table: what the user typed, and what the tool must answer. */
interface Row {
  name: string;
  args: (shared: Shared) => string[];
  env?: Record<string, string | undefined>;
  problem: RegExp;
  remedy: RegExp;
  /** Files to make in the working folder first (name -> content). */
  files?: Record<string, string>;
}

const usageRows: Row[] = [
  {
    name: 'an unknown flag',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--stak', 'web-prod'],
    problem: /unknown option '--stak'.*Did you mean --stack\?/,
    remedy: /run stack-ami-report report --help/,
  },
  {
    name: 'an unknown command',
    args: () => ['reprot'],
    problem: /unknown command 'reprot'/,
    remedy: /--help/,
  },
  {
    name: '--stack with --stack-prefix',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--stack', 'web-prod', '--stack-prefix', 'w'],
    problem: /--stack cannot be combined with --stack-prefix/,
    remedy: /name the stacks, or let discovery find them/,
  },
  {
    name: 'copy-ami --image-id with --stack',
    args: () => [
      'copy-ami',
      ...['--image-id', 'ami-0123456789abcdef0', '--stack', 'web-prod'],
      ...['--source-region', 'eu-west-1', '--to-region', 'us-east-1', '--endpoint-url', NOWHERE],
    ],
    problem: /--image-id and --stack cannot be combined/,
    remedy: /name the image, or the stack and its --ami-parameter/,
  },
  {
    name: 'collect without --out',
    args: () => ['collect', '--from-aws-cli', CAPTURE],
    problem: /required option '--out <file>' not specified/,
    remedy: /run stack-ami-report collect --help/,
  },
  {
    name: 'copy-ami without --to-region',
    args: () => [
      'copy-ami',
      ...['--image-id', 'ami-0123456789abcdef0', '--source-region', 'eu-west-1'],
      ...['--endpoint-url', NOWHERE],
    ],
    problem: /copy-ami needs at least one --to-region/,
    remedy: /pass --to-region REGION/,
  },
  {
    name: 'a malformed region',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--region', 'eu-west'],
    problem: /--region eu-west is not an AWS region name/,
    remedy: /use a region such as eu-west-1/,
  },
  {
    name: 'a malformed stack ARN',
    args: () => [
      'report',
      '--from-aws-cli',
      CAPTURE,
      '--stack',
      'arn:aws:cloudformation:eu-west-1',
    ],
    problem: /arn:aws:cloudformation:eu-west-1 is not a CloudFormation stack ARN/,
    remedy: /arn:aws:cloudformation:REGION:ACCOUNT:stack\/NAME\/ID or the stack name/,
  },
  {
    name: '--stack-tag without =',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--stack-tag', 'Environment'],
    problem: /--stack-tag Environment is not KEY=VALUE/,
    remedy: /--stack-tag Environment=prod/,
  },
  {
    name: '--max-attempts 0',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--max-attempts', '0'],
    problem: /--max-attempts 0 is not a whole number from 1 to 50/,
    remedy: /pass --max-attempts with a number/,
  },
  {
    name: '--concurrency that is not a number',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--concurrency', 'many'],
    problem: /--concurrency many is not a whole number from 1 to 64/,
    remedy: /pass --concurrency with a number/,
  },
  {
    name: 'a fractional --timeout',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--timeout', '2.5'],
    problem: /--timeout 2.5 is not a whole number from 1 to 86400/,
    remedy: /pass --timeout with a number/,
  },
  {
    name: '--markdown-limit below the minimum',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--markdown-limit', '5'],
    problem: /--markdown-limit 5 is not a whole number from 1000/,
    remedy: /pass --markdown-limit with a number/,
  },
  {
    name: 'an unknown --format',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--format', 'md,pdf'],
    problem: /unknown format "pdf"/,
    remedy: /one or more of: md, html, junit, json/,
  },
  {
    name: '--fail-on bogus',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--fail-on', 'bogus'],
    problem: /argument 'bogus' is invalid. Allowed choices are error, warning, never/,
    remedy: /run stack-ami-report report --help/,
  },
];

const configRows: Row[] = [
  {
    name: 'a config file with a YAML syntax error',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--config', `${CONFIG}/syntax-error.yaml`],
    problem: /syntax-error\.yaml:5: YAML syntax error/,
    remedy: /fix the syntax at that line/,
  },
  {
    name: 'a config value of the wrong type',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--config', `${CONFIG}/wrong-type.yaml`],
    problem: /wrong-type\.yaml:7: checks\.image-age\.days must be a number/,
    remedy: /write a number/,
  },
  {
    name: 'an unknown config key',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--config', `${CONFIG}/unknown-key.yaml`],
    problem: /unknown-key\.yaml:5: waivers\[0\]\.expire is not a known setting/,
    remedy: /check the spelling; known here: .*expires/,
  },
  {
    name: 'a config file that does not exist',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--config', 'missing.yaml'],
    problem: /missing\.yaml: configuration file not found/,
    remedy: /check the path given to --config/,
  },
];

const inputRows: Row[] = [
  {
    name: 'a capture folder that does not exist',
    args: () => ['report', '--from-aws-cli', 'no-such-capture'],
    problem: /cannot read the capture folder no-such-capture/,
    remedy: /a folder that holds describe-stacks\.json/,
  },
  {
    name: 'a describe-stacks.json that is not JSON',
    args: () => ['report', '--from-aws-cli', `${BAD}/captures/not-json`],
    problem: /not-json\/describe-stacks\.json is not valid JSON/,
    remedy: /save the AWS CLI output with --output json/,
  },
  {
    name: 'a describe-stacks.json of the wrong shape',
    args: () => ['report', '--from-aws-cli', `${BAD}/captures/wrong-shape`],
    problem: /describe-stacks\.json is not DescribeStacks output: no "Stacks" list/,
    remedy: /aws cloudformation describe-stacks --output json/,
  },
  {
    name: 'a describe-images.json of the wrong shape',
    args: () => ['report', '--from-aws-cli', `${BAD}/captures/bad-images`],
    problem: /describe-images\.json is not DescribeImages output: no "Images" list/,
    remedy: /aws ec2 describe-images --image-ids/,
  },
  {
    name: 'a baseline of another schemaVersion without what the diff needs',
    args: () => [
      'report',
      '--from-aws-cli',
      CAPTURE,
      '--baseline',
      `${BAD}/baselines/other-version.json`,
    ],
    problem: /other-version\.json has schemaVersion 0, and this tool reads schemaVersion 1/,
    remedy: /make the baseline with this version/,
  },
  {
    name: 'a truncated baseline',
    args: () => [
      'report',
      '--from-aws-cli',
      CAPTURE,
      '--baseline',
      `${BAD}/baselines/truncated.json`,
    ],
    problem: /truncated\.json is not complete JSON: it ends early/,
    remedy: /pass the ami-report\.json that a previous run/,
  },
  {
    name: 'a baseline that is not JSON',
    args: () => [
      'report',
      '--from-aws-cli',
      CAPTURE,
      '--baseline',
      `${BAD}/baselines/not-json.json`,
    ],
    problem: /baseline .*not-json\.json is not valid JSON/,
    remedy: /--baseline FILE/,
  },
  {
    name: 'render of a file that is not a report',
    args: () => ['render', `${BAD}/baselines/not-a-report.json`],
    problem: /report .*not-a-report\.json has no numeric schemaVersion/,
    remedy: /a report JSON written by stack-ami-report report, collect or merge/,
  },
  {
    name: 'merge of reports of different schema versions',
    args: (shared) => ['merge', shared.good, shared.newer, '--out', 'all.json'],
    problem: /newer\.json has schemaVersion 2; this tool writes schemaVersion 1/,
    remedy: /collect every part with the same version/,
  },
  {
    name: 'merge of reports that hold the same stack',
    args: (shared) => ['merge', shared.good, shared.goodCopy, '--out', 'all.json'],
    problem: /stack app-prod \(eu-west-1, 111122223333\) is in both .*good\.json and .*copy\.json/,
    remedy: /give each CI stage its own accounts, regions or stack prefix/,
  },
];

const outputRows: Row[] = [
  {
    name: 'an --out-dir that is a file',
    files: { 'taken.txt': 'not a folder\n' },
    args: () => ['report', '--from-aws-cli', CAPTURE, '--out-dir', 'taken.txt'],
    problem: /output folder taken\.txt is a file/,
    remedy: /pass --out-dir with a folder path/,
  },
  {
    // root may write anywhere, but nobody can make a folder inside a file
    name: 'an --out-dir that cannot be created',
    files: { 'taken.txt': 'not a folder\n' },
    args: () => ['report', '--from-aws-cli', CAPTURE, '--out-dir', 'taken.txt/report'],
    problem: /cannot create output folder taken\.txt\/report: .*taken\.txt is a file/,
    remedy: /choose a writable --out-dir/,
  },
  {
    name: 'a user template with a syntax error',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--template-dir', `${BAD}/templates/broken`],
    problem: /template .*broken\/markdown\/report\.hbs line 3: if doesn't match each/,
    remedy: /fix the Handlebars syntax at that line/,
  },
  {
    name: 'a --template-dir that does not exist',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--template-dir', 'no-templates'],
    problem: /template folder no-templates does not exist/,
    remedy: /a folder holding markdown\/ and html\/ templates/,
  },
  {
    name: 'a --template-dir that is a file',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--template-dir', `${ROOT}README.md`],
    problem: /template folder .*README\.md is a file, not a folder/,
    remedy: /a folder holding markdown\/ and html\/ templates/,
  },
  {
    name: 'a --reporter module that does not exist',
    args: () => ['report', '--from-aws-cli', CAPTURE, '--reporter', './no-reporter.js'],
    problem: /reporter module .*no-reporter\.js does not exist/,
    remedy: /pass --reporter with the path of a JavaScript module file/,
  },
  {
    name: 'a --reporter module of the wrong shape',
    // a module that loads but exports no reporter: no name, no render function
    files: { 'wrong-shape.mjs': "export default { title: 'csv', write: () => 'a,b' };\n" },
    args: () => ['report', '--from-aws-cli', CAPTURE, '--reporter', './wrong-shape.mjs'],
    problem: /reporter module \.\/wrong-shape\.mjs does not export a reporter/,
    remedy: /\{ name: string, render\(report, options\)/,
  },
  {
    name: 'no region anywhere',
    args: () => ['report', '--stack', 'web-prod', '--endpoint-url', NOWHERE],
    env: { AWS_REGION: undefined, AWS_DEFAULT_REGION: undefined, AWS_CONFIG_FILE: '/nonexistent' },
    problem: /no AWS region is set/,
    remedy: /set AWS_REGION, pass --region REGION/,
  },
];

/** Runs one row in a fresh working folder; exit 2 must leave that folder as it was. */
async function runUsageRow(row: Row, shared: Shared): Promise<void> {
  const cwd = tempDir('bad-input-');
  for (const [name, content] of Object.entries(row.files ?? {})) {
    writeFileSync(path.join(cwd, name), content);
  }
  const before = readdirSync(cwd);

  const result = await runCli(row.args(shared), { cwd, env: row.env ?? {} });

  expect(result.code, result.stderr).to.equal(2);
  expect(result.stdout).to.equal('');
  expectOneLine(result, row.problem, row.remedy);
  expectNothingWritten(cwd, before);
}

describe('the CLI on bad input', function () {
  this.timeout(60_000);
  const shared: Shared = { good: '', goodCopy: '', newer: '' };

  before(async () => {
    const folder = tempDir('bad-input-shared-');
    shared.good = path.join(folder, 'good.json');
    const collected = await runCli(['collect', '--from-aws-cli', CAPTURE, '--out', shared.good]);
    expect(collected.code, collected.stderr).to.equal(0);

    shared.goodCopy = path.join(folder, 'copy.json');
    copyFileSync(shared.good, shared.goodCopy);
    shared.newer = path.join(folder, 'newer.json');
    const report = JSON.parse(readFileSync(shared.good, 'utf8')) as AmiReport;
    writeFileSync(shared.newer, JSON.stringify({ ...report, schemaVersion: 2, stacks: [] }));
  });

  for (const [group, rows] of [
    ['usage', usageRows],
    ['configuration', configRows],
    ['input files', inputRows],
    ['output, templates, reporters and region', outputRows],
  ] as const) {
    describe(group, () => {
      for (const row of rows) {
        it(`exits 2 with one line and writes nothing for ${row.name}`, () =>
          runUsageRow(row, shared));
      }
    });
  }

  it('prints the stack trace with --debug, and only then', async () => {
    const args = ['report', '--from-aws-cli', CAPTURE, '--region', 'eu-west'];
    const plain = await runCli(args, { cwd: tempDir() });
    const debug = await runCli(['--debug', ...args], { cwd: tempDir() });

    expect(plain.code).to.equal(2);
    expect(debug.code).to.equal(2);
    expect(ownLines(debug.stderr)[0]).to.equal(ownLines(plain.stderr)[0]);
    expect(debug.stderr).to.match(/^UsageError: --region eu-west/m);
    expect(debug.stderr).to.match(/^\s+at /m);
  });
});

/** Rows against a loopback stub that answers as AWS does when it refuses. */
describe('the CLI when AWS refuses', function () {
  this.timeout(60_000);
  let stub: AwsStub | undefined;

  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  const webProd = describeStacksAnswer([
    { name: 'web-prod', parameters: { WebAmi: 'ami-0a1b2c3d4e5f60001' } },
  ]);
  const webImage = describeImagesAnswer([{ imageId: 'ami-0a1b2c3d4e5f60001', name: 'web-golden' }]);

  async function reportAgainst(
    routes: StubRoutes,
    extra: string[] = [],
    env: Record<string, string | undefined> = {},
  ) {
    stub = await AwsStub.start(routes);
    const outDir = path.join(tempDir('aws-refuses-'), 'out');
    const args = ['report', '--stack', 'web-prod', '--endpoint-url', stub.endpoint];
    const result = await runCli([...args, '--out-dir', outDir, '--max-attempts', '1', ...extra], {
      env: { AWS_REGION: 'eu-west-1', ...env },
    });
    return { result, outDir };
  }

  function expectIncomplete(result: CliResult, problem: RegExp, remedy: RegExp) {
    expect(result.code, result.stderr).to.equal(3);
    expect(result.stdout).to.equal('');
    return expectOneLine(result, problem, remedy);
  }

  it('exits 3 naming the credentials when there are none, with incomplete artifacts', async () => {
    const { result, outDir } = await reportAgainst({ DescribeStacks: webProd }, ['--quiet'], {
      AWS_ACCESS_KEY_ID: undefined,
      AWS_SECRET_ACCESS_KEY: undefined,
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
      AWS_EC2_METADATA_DISABLED: 'true',
    });

    expectIncomplete(result, /CredentialsProviderError: Could not load credentials/, /credentials/);
    expect(stub?.actions).to.deep.equal([]);
    const report = expectIncompleteArtifacts(outDir);
    expect(report.errors.map((error) => error.code)).to.deep.equal(['CredentialsProviderError']);
  });

  it('exits 3 when DescribeStacks is denied, with incomplete artifacts', async () => {
    const denied = cfnError(
      'AccessDenied',
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ' +
        'cloudformation:DescribeStacks',
      403,
    );
    const { result, outDir } = await reportAgainst({ DescribeStacks: denied }, ['--quiet']);

    expectIncomplete(
      result,
      /DescribeStacks in eu-west-1 failed: AccessDenied: .*cloudformation:DescribeStacks/,
      /grant cloudformation:DescribeStacks /,
    );
    const report = expectIncompleteArtifacts(outDir);
    expect(report.errors.map((error) => error.code)).to.deep.equal(['AccessDenied']);
  });

  it('exits 3 when DescribeImages is denied, and keeps the stack it read', async () => {
    const denied = ec2Error(
      'UnauthorizedOperation',
      'You are not authorized to perform this operation.',
      403,
    );
    const { result, outDir } = await reportAgainst(
      { DescribeStacks: webProd, DescribeImages: denied },
      ['--quiet'],
    );

    expectIncomplete(
      result,
      /DescribeImages in eu-west-1 failed: UnauthorizedOperation/,
      /grant ec2:DescribeImages /,
    );
    const report = expectIncompleteArtifacts(outDir);
    expect(report.stacks.map((stack) => stack.stackName)).to.deep.equal(['web-prod']);
    expect(report.images.map((image) => image.lookup)).to.deep.equal(['unknown']);
  });

  it('exits 3 for a named stack that does not exist, with an error entry', async () => {
    const missing = cfnError('ValidationError', 'Stack with id web-prod does not exist');
    const { result, outDir } = await reportAgainst({ DescribeStacks: missing }, ['--quiet']);

    expectIncomplete(
      result,
      /stack web-prod does not exist in eu-west-1/,
      /check the stack name and --region/,
    );
    const report = expectIncompleteArtifacts(outDir);
    expect(report.errors).to.deep.equal([
      {
        operation: 'DescribeStacks',
        region: 'eu-west-1',
        stack: 'web-prod',
        code: 'StackNotFound',
        message: 'stack web-prod does not exist in eu-west-1',
      },
    ]);
  });

  it('exits 3 on an expired session token, naming the credentials', async () => {
    const expired = cfnError(
      'ExpiredToken',
      'The security token included in the request is expired',
      403,
    );
    const { result, outDir } = await reportAgainst({ DescribeStacks: expired }, ['--quiet']);

    expectIncomplete(result, /ExpiredToken: The security token .* is expired/, /credentials/);
    expectIncompleteArtifacts(outDir);
  });

  it('ends with the same line and no trace at the default verbosity', async () => {
    const denied = ec2Error('UnauthorizedOperation', 'You are not authorized.', 403);
    const { result, outDir } = await reportAgainst({
      DescribeStacks: webProd,
      DescribeImages: denied,
    });

    expect(result.code).to.equal(3);
    expectNoTrace(result);
    expect(ownLines(result.stderr).at(-1)).to.match(
      /^stack-ami-report: the report is incomplete: DescribeImages in eu-west-1 failed/,
    );
    expectIncompleteArtifacts(outDir);
  });

  it('exits 0 against the same stub when AWS answers', async () => {
    const { result, outDir } = await reportAgainst({
      DescribeStacks: webProd,
      DescribeImages: webImage,
    });

    expect(result.code, result.stderr).to.equal(0);
    const report = JSON.parse(
      readFileSync(path.join(outDir, 'ami-report.json'), 'utf8'),
    ) as AmiReport;
    expect(report.complete).to.equal(true);
  });
});
