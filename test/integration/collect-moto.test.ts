import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import type { AmiReport } from '../../src/model/report.js';
import {
  fillerStacks,
  MotoFixtures,
  normalizeReport,
  requireMoto,
} from '../helpers/moto-fixtures.js';
import { startMoto, type MotoServer } from '../helpers/moto-server.js';
import { REPORT_CLOCK } from '../helpers/report-builders.js';
import { runCli, tempDir, type CliResult } from '../helpers/run-cli.js';

const CASES = new URL('../fixtures/cases/', import.meta.url);

function readCase<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, CASES), 'utf8')) as T;
}

interface GoldenImages {
  web: string;
  app: string;
  db: string;
  base: string;
}

describe('collect against moto_server', function () {
  this.timeout(90_000);
  let moto: MotoServer | undefined;
  let fixtures: MotoFixtures | undefined;
  let outDir: string;

  before(async function () {
    requireMoto(this);
    moto = await startMoto();
  });

  after(async () => {
    await moto?.stop();
  });

  /** A clean moto and fresh helpers; collection only reads, so a group may share one seed. */
  async function resetMoto(): Promise<void> {
    fixtures?.destroy();
    await moto?.reset();
    fixtures = new MotoFixtures(endpoint());
    outDir = tempDir();
  }

  after(() => fixtures?.destroy());

  function seed(): MotoFixtures {
    if (!fixtures) throw new Error('moto has not been reset for this test');
    return fixtures;
  }

  function endpoint(): string {
    if (!moto) throw new Error('moto_server is not running');
    return moto.endpoint;
  }

  async function collect(args: string[], env: Record<string, string | undefined> = {}) {
    const file = path.join(outDir, 'report.json');
    const result = await runCli(['collect', ...args, '--endpoint-url', endpoint(), '--out', file], {
      env: { STACK_AMI_REPORT_NOW: REPORT_CLOCK, ...env },
    });
    return { result, report: readReport(file, result) };
  }

  /** Golden images and the SSM parameter that SSM-typed stack parameters point at. */
  async function seedImages(region: string): Promise<GoldenImages> {
    const tags = (team: string) => ({ Name: `${team}-golden`, Release: '2026.11.30', Team: team });
    const images: GoldenImages = {
      web: await seed().registerImage(region, 'web-golden-2026.11.30', tags('web')),
      app: await seed().registerImage(region, 'app-golden-2026.11.30', tags('app')),
      db: await seed().registerImage(region, 'db-golden-2026.11.30', tags('db')),
      base: await seed().registerImage(region, 'base-golden-2026.11.01', {}),
    };
    await seed().putImageParameter(region, '/golden/base/latest', images.base);
    return images;
  }

  interface PagedFleet {
    eu: GoldenImages;
    us: GoldenImages;
    /** us-east-1 `web-prod`, to be named by its ARN. */
    webProdArn: string;
  }

  /**
   * C6: 120 stacks without AMI parameters, then the two that matter, on moto's third page; and
   * two stacks in us-east-1.
   */
  async function seedPagedFleet(): Promise<PagedFleet> {
    const eu = await seedImages('eu-west-1');
    const us = await seedImages('us-east-1');
    await seed().createStacks('eu-west-1', fillerStacks(120));
    await seed().createStack('eu-west-1', {
      name: 'zz-web-prod',
      template: 'web-only.yaml',
      parameters: { WebAmi: eu.web },
    });
    await seed().createStack('eu-west-1', {
      name: 'zz-app-prod',
      template: 'app-only.yaml',
      parameters: { AppAmi: eu.app },
    });
    await seed().createStack('us-east-1', {
      name: 'zz-fleet-us',
      template: 'web-app-db.yaml',
      // the same image twice: it must be asked for once
      parameters: { WebAmi: us.web, AppAmi: us.web, DbAmi: us.db },
    });
    const webProdArn = await seed().createStack('us-east-1', {
      name: 'web-prod',
      template: 'web-only.yaml',
      parameters: { WebAmi: us.web },
    });
    return { eu, us, webProdArn };
  }

  describe('on 124 stacks in two regions, 122 of them in eu-west-1', () => {
    let fleet: PagedFleet;

    before(async () => {
      await resetMoto();
      fleet = await seedPagedFleet();
    });

    it('discovers the stacks after 120 others (C6), as in the expected report', async () => {
      const { result, report } = await collect([
        '--stack-prefix',
        'zz-',
        '--region',
        'eu-west-1',
        '--region',
        'us-east-1',
      ]);

      expect(result.code, result.stderr).to.equal(0);
      expect(normalizeReport(report, seed().imageLabels)).to.deep.equal(
        readCase('c06/expected-report.json'),
      );
    });

    it('makes one DescribeStacks call per page and one DescribeImages per region', async () => {
      const { report } = await collect([
        '--stack-prefix',
        'zz-',
        '--region',
        'eu-west-1',
        '--region',
        'us-east-1',
      ]);

      // eu-west-1: 122 stacks = 3 pages of 50 on moto; us-east-1: 1 page; no call per parameter
      expect(report.stats.calls).to.deep.equal({ DescribeImages: 2, DescribeStacks: 4 });
      expect(report.stats.retries).to.equal(0);
    });

    it('reports only stacks with AMI parameters when no prefix is given', async () => {
      const { eu } = fleet;

      const { result, report } = await collect(['--region', 'eu-west-1']);

      expect(result.code, result.stderr).to.equal(0);
      expect(report.stacks.map((stack) => stack.stackName)).to.deep.equal([
        'zz-app-prod',
        'zz-web-prod',
      ]);
      expect(imageNames(report)).to.deep.equal({
        [eu.app]: 'app-golden-2026.11.30',
        [eu.web]: 'web-golden-2026.11.30',
      });
      expect(report.stats.calls).to.deep.equal({ DescribeImages: 1, DescribeStacks: 3 });
    });

    it('describes a stack by name and one by ARN, each in its own region', async () => {
      const { eu, us, webProdArn: arn } = fleet;

      const { result, report } = await collect([
        '--stack',
        'zz-web-prod',
        '--stack',
        arn,
        '--region',
        'eu-west-1',
      ]);

      expect(result.code, result.stderr).to.equal(0);
      expect(report.stacks.map((s) => `${s.region}/${s.stackName}`)).to.deep.equal([
        'eu-west-1/zz-web-prod',
        'us-east-1/web-prod',
      ]);
      expect(imageNames(report)).to.deep.equal({
        [eu.web]: 'web-golden-2026.11.30',
        [us.web]: 'web-golden-2026.11.30',
      });
      // one DescribeStacks per named stack, whatever the size of the account
      expect(report.stats.calls).to.deep.equal({ DescribeImages: 2, DescribeStacks: 2 });
    });

    it('records a stack that does not exist as StackNotFound and reports the others', async () => {
      const { eu } = fleet;

      const { result, report } = await collect([
        '--stack',
        'zz-web-prod',
        '--stack',
        'zz-gone-prod',
        '--region',
        'eu-west-1',
      ]);

      expect(report.errors).to.deep.equal([
        {
          operation: 'DescribeStacks',
          region: 'eu-west-1',
          stack: 'zz-gone-prod',
          code: 'StackNotFound',
          message: 'stack zz-gone-prod does not exist in eu-west-1',
        },
      ]);
      expect(report.stacks.map((stack) => stack.stackName)).to.deep.equal(['zz-web-prod']);
      expect(imageNames(report)).to.deep.equal({ [eu.web]: 'web-golden-2026.11.30' });
      expect(result.code).to.equal(report.complete ? 0 : 3);
    });
  });

  describe('regions (C2)', () => {
    beforeEach(resetMoto);

    it('looks the image up in the region of the stack ARN, not in AWS_REGION', async () => {
      const environment = readCase<{ AWS_REGION: string }>('c02/environment.json');
      const eu = await seedImages('eu-west-1');
      const arn = await seed().createStack('eu-west-1', {
        name: 'web-prod',
        template: 'web-only.yaml',
        parameters: { WebAmi: eu.web },
      });

      const { result, report } = await collect(['--stack', arn], {
        AWS_REGION: environment.AWS_REGION,
      });

      expect(result.code, result.stderr).to.equal(0);
      expect(report.images.filter((image) => image.lookup !== 'found')).to.deep.equal([]);
      expect(normalizeReport(report, seed().imageLabels)).to.deep.equal(
        readCase('c02/expected-report.json'),
      );
    });

    it('calls the same image id in another region not found', async () => {
      const eu = await seedImages('eu-west-1');
      await seed().createStack('us-east-1', {
        name: 'web-prod',
        template: 'web-only.yaml',
        parameters: { WebAmi: eu.web },
      });

      const { report } = await collect(['--stack', 'web-prod', '--region', 'us-east-1']);

      expect(report.images).to.deep.equal([
        { region: 'us-east-1', imageId: eu.web, lookup: 'not-found', tagsVisible: false },
      ]);
    });
  });
});

function readReport(file: string, result: CliResult): AmiReport {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as AmiReport;
  } catch (error) {
    throw new Error(`no report at ${file}; exit ${result.code}; stderr:\n${result.stderr}`, {
      cause: error,
    });
  }
}

function imageNames(report: AmiReport): Record<string, string | undefined> {
  return Object.fromEntries(report.images.map((image) => [image.imageId, image.name]));
}
