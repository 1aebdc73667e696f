import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import type { AmiReport } from '../../src/model/report.js';
import { MotoFixtures, requireMoto } from '../helpers/moto-fixtures.js';
import { startMoto, type MotoServer } from '../helpers/moto-server.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

const ACCOUNT = '123456789012';

describe('report over several accounts from config targets (moto STS)', function () {
  this.timeout(90_000);
  let moto: MotoServer | undefined;
  let fixtures: MotoFixtures | undefined;

  before(async function () {
    requireMoto(this);
    moto = await startMoto();
    fixtures = new MotoFixtures(moto.endpoint);
    const eu = await fixtures.registerImage('eu-west-1', 'web-golden-2026.11.30', { Team: 'web' });
    const us = await fixtures.registerImage('us-east-1', 'app-golden-2026.11.30', { Team: 'app' });
    await fixtures.createStack('eu-west-1', {
      name: 'prod-web',
      template: 'web-only.yaml',
      parameters: { WebAmi: eu },
    });
    await fixtures.createStack('us-east-1', {
      name: 'prod-app',
      template: 'app-only.yaml',
      parameters: { AppAmi: us },
    });
  });

  after(async () => {
    fixtures?.destroy();
    await moto?.stop();
  });

  function writeConfig(dir: string, text: string): string {
    const file = path.join(dir, 'targets.yaml');
    writeFileSync(file, text);
    return file;
  }

  it(
    'assumes each role, reads its regions, and ' + 'keeps account and region on every stack',
    async () => {
      const dir = tempDir();
      const config = writeConfig(
        dir,
        [
          'amiParameters: ["*Ami"]',
          'targets:',
          '  - name: europe',
          `    roleArn: arn:aws:iam::${ACCOUNT}:role/ami-report-read`,
          '    externalId: ci-reporting',
          '    regions: [eu-west-1]',
          '    stackPrefix: prod-',
          '  - name: america',
          `    roleArn: arn:aws:iam::${ACCOUNT}:role/ami-report-read`,
          '    regions: [us-east-1]',
          '',
        ].join('\n'),
      );

      const result = await runCli(
        ['report', '--config', config, '--endpoint-url', moto?.endpoint ?? '', '--out-dir', dir],
        { env: { AWS_REGION: 'eu-west-1' } },
      );

      const report = JSON.parse(
        readFileSync(path.join(dir, 'ami-report.json'), 'utf8'),
      ) as AmiReport;
      expect(result.stderr).not.to.contain('Error:');
      expect(report.complete).to.equal(true);
      expect(report.stacks.map((s) => [s.accountId, s.region, s.stackName])).to.deep.equal([
        [ACCOUNT, 'eu-west-1', 'prod-web'],
        [ACCOUNT, 'us-east-1', 'prod-app'],
      ]);
      expect(report.images.map((i) => [i.region, i.name])).to.deep.equal([
        ['eu-west-1', 'web-golden-2026.11.30'],
        ['us-east-1', 'app-golden-2026.11.30'],
      ]);
      expect(report.source).to.deep.equal({ kind: 'aws', regions: ['eu-west-1', 'us-east-1'] });
    },
  );

  it('reads nothing of another account the role leads to', async () => {
    const dir = tempDir();
    const config = writeConfig(
      dir,
      [
        'targets:',
        '  - roleArn: arn:aws:iam::444455556666:role/ami-report-read',
        '    regions: [eu-west-1]',
        '',
      ].join('\n'),
    );

    const result = await runCli(
      ['report', '--config', config, '--endpoint-url', moto?.endpoint ?? '', '--out-dir', dir],
      { env: { AWS_REGION: 'eu-west-1' } },
    );

    const report = JSON.parse(readFileSync(path.join(dir, 'ami-report.json'), 'utf8')) as AmiReport;
    expect(result.code).to.equal(0);
    expect(report.stacks).to.deep.equal([]);
  });
});
