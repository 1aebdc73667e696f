import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import type { AmiReport } from '../../src/model/report.js';
import { FaultProxy, imageIdsOf, type FaultRule } from '../helpers/fault-proxy.js';
import { MotoFixtures, requireMoto } from '../helpers/moto-fixtures.js';
import { startMoto, type MotoServer } from '../helpers/moto-server.js';
import { runCli, tempDir, type CliResult } from '../helpers/run-cli.js';

const UNKNOWN_IMAGE = 'ami-0123456789abcdef0';

interface Seeded {
  web: string;
  app: string;
}

/** Collection through a proxy that makes moto answer as AWS does when it is under stress. */
describe('collect through AWS faults', function () {
  this.timeout(60_000);
  let moto: MotoServer | undefined;
  let proxy: FaultProxy | undefined;
  let seeded: Seeded;

  before(async function () {
    requireMoto(this);
    moto = await startMoto();
    proxy = await FaultProxy.start({ upstream: moto.endpoint });
    seeded = await seed(moto.endpoint);
  });

  after(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  beforeEach(() => faults().clear());

  function faults(): FaultProxy {
    if (!proxy) throw new Error('the fault proxy is not running');
    return proxy;
  }

  async function collectWebProd(rules: FaultRule[], extra: string[] = []) {
    faults().setRules(rules);
    const file = path.join(tempDir(), 'report.json');
    const result = await runCli(
      [
        'collect',
        '--stack',
        'web-prod',
        '--region',
        'eu-west-1',
        '--endpoint-url',
        faults().endpoint,
        '--out',
        file,
        ...extra,
      ],
      { timeoutMs: 45_000 },
    );
    return { result, report: readReport(file, result) };
  }

  it('retries throttled DescribeStacks calls and completes the report', async () => {
    const { result, report } = await collectWebProd([
      { action: 'DescribeStacks', fault: 'throttle', times: 2 },
    ]);

    expect(result.code, result.stderr).to.equal(0);
    expect(report.complete).to.equal(true);
    expect(report.stats.retries).to.equal(2);
    expect(report.stats.calls).to.deep.equal({ DescribeImages: 1, DescribeStacks: 3 });
    expect(faults().counts()).to.deep.equal({ DescribeImages: 1, DescribeStacks: 3 });
    expect(foundNames(report)).to.deep.equal(['app-golden', 'web-golden']);
  });

  it('gives up on permanent CloudFormation throttling: exit 3, incomplete', async () => {
    const { result, report } = await collectWebProd(
      [{ action: 'DescribeStacks', fault: 'throttle' }],
      ['--max-attempts', '3'],
    );

    expect(result.code, result.stderr).to.equal(3);
    expect(result.durationMs).to.be.below(30_000);
    expect(report.complete).to.equal(false);
    expect(report.errors.map(({ operation, code }) => ({ operation, code }))).to.deep.equal([
      { operation: 'DescribeStacks', code: 'Throttling' },
    ]);
    expect(faults().counts()).to.deep.equal({ DescribeStacks: 3 });
  });

  it('gives up on permanent EC2 throttling: exit 3, images unknown, not missing', async () => {
    const { result, report } = await collectWebProd(
      [{ action: 'DescribeImages', fault: 'throttle' }],
      ['--max-attempts', '3'],
    );

    expect(result.code, result.stderr).to.equal(3);
    expect(report.complete).to.equal(false);
    expect(report.errors.map(({ operation, code }) => ({ operation, code }))).to.deep.equal([
      { operation: 'DescribeImages', code: 'RequestLimitExceeded' },
    ]);
    expect(report.images.map((image) => image.lookup)).to.deep.equal(['unknown', 'unknown']);
    expect(faults().counts()).to.deep.equal({ DescribeImages: 3, DescribeStacks: 1 });
  });

  it('retries after a dropped connection and completes the report', async () => {
    const { result, report } = await collectWebProd([
      { action: 'DescribeStacks', fault: 'reset', times: 1 },
    ]);

    expect(result.code, result.stderr).to.equal(0);
    expect(report.complete).to.equal(true);
    expect(report.stats.retries).to.be.at.least(1);
    expect(foundNames(report)).to.deep.equal(['app-golden', 'web-golden']);
  });

  it('retries 500 and 503 answers and completes the report', async () => {
    const { result, report } = await collectWebProd([
      { action: 'DescribeImages', fault: 'server-error', status: 500, times: 1 },
      { action: 'DescribeImages', fault: 'server-error', status: 503, times: 1 },
    ]);

    expect(result.code, result.stderr).to.equal(0);
    expect(report.complete).to.equal(true);
    expect(report.stats.retries).to.equal(2);
    expect(faults().counts()).to.deep.equal({ DescribeImages: 3, DescribeStacks: 1 });
  });

  it('stops at --timeout when AWS answers too slowly: exit 3, incomplete', async () => {
    const { result, report } = await collectWebProd(
      [{ action: 'DescribeStacks', fault: 'delay', delayMs: 20_000 }],
      ['--timeout', '2'],
    );

    expect(result.code, result.stderr).to.equal(3);
    expect(report.complete).to.equal(false);
    expect(report.errors.map(({ operation }) => operation)).to.deep.equal(['DescribeStacks']);
    expect(report.errors[0]?.code).to.match(/timeout/i);
  });

  it('exits within seconds of --timeout while a call still hangs', async () => {
    const { result } = await collectWebProd(
      [{ action: 'DescribeStacks', fault: 'delay', delayMs: 20_000 }],
      ['--timeout', '2'],
    );

    // a call still in flight at the deadline must not hold the process until it is answered
    expect(result.code).to.equal(3);
    expect(result.durationMs).to.be.below(10_000);
  });

  describe('report', () => {
    async function reportWebProd(rules: FaultRule[]) {
      faults().setRules(rules);
      const outDir = tempDir();
      const result = await runCli(
        [
          'report',
          '--stack',
          'web-prod',
          '--region',
          'eu-west-1',
          '--endpoint-url',
          faults().endpoint,
          '--out-dir',
          outDir,
          '--fail-on',
          'never',
          '--max-attempts',
          '3',
        ],
        { timeoutMs: 45_000 },
      );
      return { result, report: readReport(path.join(outDir, 'ami-report.json'), result), outDir };
    }

    it('writes complete artifacts after throttling that passes', async () => {
      const { result, report, outDir } = await reportWebProd([
        { action: 'DescribeStacks', fault: 'throttle', times: 2 },
        { action: 'DescribeImages', fault: 'throttle', times: 1 },
      ]);

      expect(result.code, result.stderr).to.equal(0);
      expect(result.stdout).to.equal('');
      expect(report.complete).to.equal(true);
      expect(report.stats.retries).to.equal(3);
      expect(foundNames(report)).to.deep.equal(['app-golden', 'web-golden']);
      expect(readFileSync(path.join(outDir, 'ami-report.md'), 'utf8')).to.include('web-golden');
    });

    it('exits 3 and still writes artifacts that say the report is incomplete', async () => {
      const { result, report, outDir } = await reportWebProd([
        { action: 'DescribeImages', fault: 'throttle' },
      ]);

      expect(result.code, result.stderr).to.equal(3);
      expect(report.complete).to.equal(false);
      expect(report.errors.map(({ operation, code }) => ({ operation, code }))).to.deep.equal([
        { operation: 'DescribeImages', code: 'RequestLimitExceeded' },
      ]);
      expect(readFileSync(path.join(outDir, 'ami-report.md'), 'utf8')).to.match(/incomplete/i);
    });
  });

  describe('with DescribeImages failing as a whole on an unknown id, as on AWS (C1)', () => {
    beforeEach(() => faults().setFaithfulImages(true));
    afterEach(() => faults().setFaithfulImages(false));

    it('still finds the other images and marks only the unknown one not found', async () => {
      const file = path.join(tempDir(), 'report.json');
      const result = await runCli([
        'collect',
        '--stack-prefix',
        'mixed-',
        '--region',
        'eu-west-1',
        '--endpoint-url',
        faults().endpoint,
        '--out',
        file,
      ]);
      const report = readReport(file, result);

      expect(result.code, result.stderr).to.equal(0);
      expect(lookups(report)).to.deep.equal({
        [seeded.app]: 'found',
        [seeded.web]: 'found',
        [UNKNOWN_IMAGE]: 'not-found',
      });
      const invalid = report.stacks[0]?.parameters.find((p) => p.key === 'DbAmi');
      expect(invalid).to.include({ valueState: 'invalid', invalidValue: 'ami-xyz' });
    });

    it('never sends MaxResults, a malformed id or the same id twice in one request', async () => {
      const file = path.join(tempDir(), 'report.json');
      await runCli([
        'collect',
        '--stack-prefix',
        'mixed-',
        '--region',
        'eu-west-1',
        '--endpoint-url',
        faults().endpoint,
        '--out',
        file,
      ]);

      const requests = faults().requests('DescribeImages');
      expect(requests).to.have.length.above(0);
      for (const { params } of requests) {
        const ids = imageIdsOf(params);
        expect(params.has('MaxResults')).to.equal(false);
        expect(ids).to.deep.equal([...new Set(ids)]);
        expect(ids).not.to.include('ami-xyz');
      }
      const asked = new Set(requests.flatMap(({ params }) => imageIdsOf(params)));
      expect([...asked].sort()).to.deep.equal([seeded.app, seeded.web, UNKNOWN_IMAGE].sort());
    });
  });
});

/** web-prod repeats one image; mixed-prod adds an unknown and a malformed value. */
async function seed(endpoint: string): Promise<Seeded> {
  const fixtures = new MotoFixtures(endpoint);
  try {
    const web = await fixtures.registerImage('eu-west-1', 'web-golden', { Team: 'web' });
    const app = await fixtures.registerImage('eu-west-1', 'app-golden', { Team: 'app' });
    await fixtures.putImageParameter('eu-west-1', '/golden/base/latest', app);
    await fixtures.createStack('eu-west-1', {
      name: 'web-prod',
      template: 'web-app-db.yaml',
      parameters: { WebAmi: web, AppAmi: web, DbAmi: app },
    });
    await fixtures.createStack('eu-west-1', {
      name: 'mixed-prod',
      template: 'web-app-db.yaml',
      parameters: { WebAmi: web, AppAmi: UNKNOWN_IMAGE, DbAmi: 'ami-xyz' },
    });
    return { web, app };
  } finally {
    fixtures.destroy();
  }
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

function foundNames(report: AmiReport): string[] {
  return report.images.map((image) => image.name ?? `(${image.lookup})`).sort();
}

function lookups(report: AmiReport): Record<string, string> {
  return Object.fromEntries(report.images.map((image) => [image.imageId, image.lookup]));
}
