import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import type { AmiReport } from '../../src/model/report.js';
import { MotoFixtures, normalizeReport, requireMoto } from '../helpers/moto-fixtures.js';
import { startMoto, type MotoServer } from '../helpers/moto-server.js';
import { REPORT_CLOCK } from '../helpers/report-builders.js';
import { runCli, tempDir, type CliResult } from '../helpers/run-cli.js';

const EXPECTED = new URL('../fixtures/cases/c10/expected-report.json', import.meta.url);

/** C10: the emulator endpoint from the environment or the flag, no region, clean stdout. */
describe('collect configured by the environment (C10)', function () {
  this.timeout(60_000);
  let moto: MotoServer | undefined;
  let fixtures: MotoFixtures | undefined;
  let outDir: string;

  before(async function () {
    requireMoto(this);
    moto = await startMoto();
    fixtures = new MotoFixtures(moto.endpoint);
    const imageId = await fixtures.registerImage('eu-west-1', 'emulator-golden-2026.11.30', {
      Name: 'emulator-golden',
    });
    await fixtures.createStack('eu-west-1', {
      name: 'emulator-only-stack',
      template: 'web-only.yaml',
      parameters: { WebAmi: imageId },
    });
  });

  after(async () => {
    fixtures?.destroy();
    await moto?.stop();
  });

  beforeEach(() => {
    outDir = tempDir();
  });

  function endpoint(): string {
    if (!moto) throw new Error('moto_server is not running');
    return moto.endpoint;
  }

  function labels(): Map<string, string> {
    return fixtures?.imageLabels ?? new Map<string, string>();
  }

  async function collect(args: string[], env: Record<string, string | undefined>) {
    const file = path.join(outDir, 'report.json');
    const result = await runCli(['collect', ...args, '--out', file], {
      env: { STACK_AMI_REPORT_NOW: REPORT_CLOCK, ...env },
    });
    return { result, file };
  }

  it('reads the emulator named only by AWS_ENDPOINT_URL (1)', async () => {
    const { result, file } = await collect([], {
      AWS_ENDPOINT_URL: endpoint(),
      AWS_REGION: 'eu-west-1',
    });

    expect(result.code, result.stderr).to.equal(0);
    expect(normalizeReport(readReport(file, result), labels())).to.deep.equal(readExpected());
  });

  it('reads the same report through --endpoint-url alone (2)', async () => {
    const { result, file } = await collect(['--endpoint-url', endpoint()], {
      AWS_REGION: 'eu-west-1',
    });

    expect(result.code, result.stderr).to.equal(0);
    expect(normalizeReport(readReport(file, result), labels())).to.deep.equal(readExpected());
  });

  it('exits 2 with one line saying to set AWS_REGION or --region (3)', async () => {
    const { result, file } = await collect(['--endpoint-url', endpoint()], {
      AWS_REGION: undefined,
      AWS_DEFAULT_REGION: undefined,
      AWS_CONFIG_FILE: '/nonexistent',
    });

    const lines = ownLines(result.stderr);
    expect(result.code).to.equal(2);
    expect(lines, result.stderr).to.have.length(1);
    expect(lines[0]).to.match(/^stack-ami-report: /);
    expect(lines[0]).to.include('AWS_REGION').and.include('--region');
    expect(() => readFileSync(file)).to.throw(/ENOENT/);
  });

  it('keeps stdout empty with --out, whatever the SDK warns about (4)', async () => {
    const { result } = await collect(['--endpoint-url', endpoint()], {
      AWS_REGION: 'eu-west-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: undefined,
    });

    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.equal('');
    expect(result.stderr).not.to.include('Access has been denied');
  });
});

function readExpected(): unknown {
  return JSON.parse(readFileSync(EXPECTED, 'utf8'));
}

function readReport(file: string, result: CliResult): AmiReport {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as AmiReport;
  } catch (error) {
    throw new Error(`no report at ${file}; exit ${result.code}; stderr:\n${result.stderr}`, {
      cause: error,
    });
  }
}

/**
 * The non-empty stderr lines without the SDK's Node version warning, which Node prints as a
 * block from `(node:PID) Warning:` to its `--trace-warnings` line.
 */
function ownLines(stderr: string): string[] {
  const withoutWarning = stderr.replace(
    /\(node:\d+\) Warning: NodeVersionSupportWarning[\s\S]*?--trace-warnings[^\n]*\n/,
    '',
  );
  return withoutWarning.split('\n').filter((line) => line.trim() !== '');
}
