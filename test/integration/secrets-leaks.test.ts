import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import {
  AwsStub,
  cfnError,
  describeStacksAnswer,
  ec2Error,
  type StubRoutes,
} from '../fixtures/bad-input/aws-stub.js';
import { writeHostileCapture } from '../fixtures/bad-input/hostile-values.js';
import { runCli, tempDir, type CliResult } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CAPTURE = path.join(ROOT, 'examples/capture');

const SECRETS = {
  AWS_ACCESS_KEY_ID: 'AKIATESTSECRETKEY0001',
  AWS_SECRET_ACCESS_KEY: 's3cr3tS3CR3Ts3cr3tS3CR3Ts3cr3tS3CR3Tabcd',
  AWS_SESSION_TOKEN: 'tokSESSIONtokSESSIONtokSESSIONtok0001',
  GITHUB_TOKEN: 'ghp_TESTTOKEN0000000000000000000000000001',
};

/** Every artifact's text, by file name. */
function artifacts(folder: string): Record<string, string> {
  const names = readdirSync(folder);
  return Object.fromEntries(
    names.map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}

function expectNoSecret(result: CliResult, outDir: string): void {
  const texts = { stdout: result.stdout, stderr: result.stderr, ...artifacts(outDir) };
  expect(Object.keys(texts).length).to.be.above(2);
  for (const [where, text] of Object.entries(texts)) {
    for (const [name, secret] of Object.entries(SECRETS)) {
      expect(text.includes(secret), `${name} in ${where}`).to.equal(false);
    }
  }
}

describe('secrets in the environment', function () {
  this.timeout(60_000);
  let stub: AwsStub | undefined;

  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  async function reportAgainst(routes: StubRoutes) {
    stub = await AwsStub.start(routes);
    const outDir = path.join(tempDir('secrets-'), 'out');
    const result = await runCli(
      [
        ...['--debug', 'report', '--stack', 'web-prod', '--endpoint-url', stub.endpoint],
        ...['--out-dir', outDir, '--max-attempts', '1'],
      ],
      { env: { AWS_REGION: 'eu-west-1', ...SECRETS } },
    );
    return { result, outDir };
  }

  const webProd = describeStacksAnswer([
    { name: 'web-prod', parameters: { WebAmi: 'ami-0a1b2c3d4e5f60001' } },
  ]);

  it('never appear in the output of a --debug run on a capture', async () => {
    const outDir = path.join(tempDir('secrets-'), 'out');
    const result = await runCli(
      ['--debug', 'report', '--from-aws-cli', CAPTURE, '--out-dir', outDir, '--fail-on', 'never'],
      { env: SECRETS },
    );

    expect(result.code, result.stderr).to.equal(0);
    expectNoSecret(result, outDir);
  });

  it('never appear when AWS refuses DescribeImages, with --debug', async () => {
    const denied = ec2Error('UnauthorizedOperation', 'You are not authorized.', 403);
    const { result, outDir } = await reportAgainst({
      DescribeStacks: webProd,
      DescribeImages: denied,
    });

    expect(result.code, result.stderr).to.equal(3);
    // the credentials were really used: the check below could fail
    expect(stub?.headers[0]?.authorization).to.include(SECRETS.AWS_ACCESS_KEY_ID);
    expect(stub?.headers[0]?.['x-amz-security-token']).to.equal(SECRETS.AWS_SESSION_TOKEN);
    expectNoSecret(result, outDir);
  });

  it('never appear when AWS calls the token expired, with --debug', async () => {
    const expired = cfnError(
      'ExpiredToken',
      'The security token included in the request is expired',
      403,
    );
    const { result, outDir } = await reportAgainst({ DescribeStacks: expired });

    expect(result.code, result.stderr).to.equal(3);
    expectNoSecret(result, outDir);
  });
});

describe('NoEcho parameters', function () {
  this.timeout(60_000);

  /** A stack whose NoEcho parameter comes back in plain text, as moto returns it. */
  function writeNoEchoCapture(folder: string): void {
    mkdirSync(path.join(folder, 'template-summary'), { recursive: true });
    const stack = {
      StackId: 'arn:aws:cloudformation:eu-west-1:111122223333:stack/app-prod/1',
      StackName: 'app-prod',
      CreationTime: '2026-11-01T10:00:00.000Z',
      StackStatus: 'UPDATE_COMPLETE',
      Parameters: [
        { ParameterKey: 'AppAmi', ParameterValue: 'ami-0a1b2c3d4e5f60002' },
        { ParameterKey: 'LegacyAmi', ParameterValue: '****' },
        { ParameterKey: 'DbPassword', ParameterValue: 'hunter2-plain-secret' },
      ],
    };
    const summary = {
      Parameters: [
        { ParameterKey: 'AppAmi', ParameterType: 'AWS::EC2::Image::Id', NoEcho: false },
        { ParameterKey: 'LegacyAmi', ParameterType: 'AWS::EC2::Image::Id', NoEcho: true },
        { ParameterKey: 'DbPassword', ParameterType: 'String', NoEcho: true },
      ],
    };
    const image = {
      ImageId: 'ami-0a1b2c3d4e5f60002',
      Name: 'app-golden',
      State: 'available',
      OwnerId: '111122223333',
      CreationDate: '2026-11-20T00:00:00.000Z',
    };
    writeFileSync(path.join(folder, 'describe-stacks.json'), JSON.stringify({ Stacks: [stack] }));
    writeFileSync(path.join(folder, 'describe-images.json'), JSON.stringify({ Images: [image] }));
    writeFileSync(path.join(folder, 'template-summary', 'app-prod.json'), JSON.stringify(summary));
  }

  it('stay hidden in every artifact, even when a name glob selects them', async () => {
    const folder = tempDir('noecho-');
    writeNoEchoCapture(path.join(folder, 'capture'));
    const outDir = path.join(folder, 'out');

    const result = await runCli([
      ...['report', '--from-aws-cli', path.join(folder, 'capture'), '--ami-parameter', '*'],
      ...['--out-dir', outDir, '--fail-on', 'never'],
    ]);

    expect(result.code, result.stderr).to.equal(0);
    const texts = artifacts(outDir);
    for (const [name, text] of Object.entries(texts)) {
      expect(text, name).not.to.include('hunter2');
    }
    expect(texts['ami-report.md']).to.match(/\| DbPassword \|.*hidden \(NoEcho\)/);
    expect(texts['ami-report.md']).to.match(/\| LegacyAmi \|.*hidden \(NoEcho\)/);
  });
});

describe('--redact-tag', function () {
  this.timeout(60_000);

  it(
    'hides matching tag values in every artifact, ' + 'the diff and its baseline included',
    async () => {
      const folder = tempDir('redact-');
      writeHostileCapture(path.join(folder, 'before'), 0);
      writeHostileCapture(path.join(folder, 'after'), 1);
      const common = ['--ami-parameter', 'NoteAmi', '--fail-on', 'never', '--quiet'];
      const previous = await runCli([
        ...['report', '--from-aws-cli', path.join(folder, 'before'), ...common],
        ...['--format', 'json', '--out-dir', path.join(folder, 'previous')],
      ]);
      expect(previous.code, previous.stderr).to.equal(0);
      const baseline = path.join(folder, 'previous', 'ami-report.json');
      expect(readFileSync(baseline, 'utf8')).to.include('hidden-script');

      const outDir = path.join(folder, 'out');
      const result = await runCli([
        ...['report', '--from-aws-cli', path.join(folder, 'after'), ...common],
        ...['--baseline', baseline, '--out-dir', outDir, '--redact-tag', 'Secret*'],
        ...['--markdown-limit', '10000000'],
      ]);

      expect(result.code, result.stderr).to.equal(0);
      const texts = artifacts(outDir);
      expect(Object.keys(texts)).to.include('ami-diff.md');
      for (const [name, text] of Object.entries(texts)) {
        expect(text, name).not.to.match(/hidden-\w/);
      }
      expect(texts['ami-report.json']).to.include('[redacted]');
      expect(texts['ami-report.md']).to.include('Secret: \\[redacted\\]');
    },
  );

  it('hides them when a saved report is rendered, too', async () => {
    const folder = tempDir('redact-');
    writeHostileCapture(path.join(folder, 'capture'), 0);
    const saved = path.join(folder, 'saved.json');
    const collected = await runCli([
      ...['collect', '--from-aws-cli', path.join(folder, 'capture'), '--out', saved],
      ...['--ami-parameter', 'NoteAmi', '--quiet'],
    ]);
    expect(collected.code, collected.stderr).to.equal(0);

    const outDir = path.join(folder, 'out');
    const result = await runCli([
      ...['render', saved, '--out-dir', outDir, '--redact-tag', '/^secret$/i'],
      ...['--fail-on', 'never', '--quiet'],
    ]);

    expect(result.code, result.stderr).to.equal(0);
    for (const [name, text] of Object.entries(artifacts(outDir))) {
      expect(text, name).not.to.match(/hidden-\w/);
    }
  });
});
