import { readFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'chai';

import type { AmiReport } from '../../src/model/report.js';
import { CAPTURES } from '../helpers/collect-capture.js';
import { REPORT_CLOCK } from '../helpers/report-builders.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

const env = { STACK_AMI_REPORT_NOW: REPORT_CLOCK };

function readJson(dir: string): AmiReport {
  return JSON.parse(readFileSync(path.join(dir, 'ami-report.json'), 'utf8')) as AmiReport;
}

async function reportOn(capture: string, dir: string, extra: string[] = []) {
  return runCli(['report', '--from-aws-cli', `${CAPTURES}${capture}`, '--out-dir', dir, ...extra], {
    env,
  });
}

describe('report on the case captures, as a user runs it', function () {
  this.timeout(60_000);

  describe('C7: a stack deleted or re-created between two runs', () => {
    let baseline: string;

    before(async () => {
      const dir = tempDir();
      const first = await reportOn('c07-run1', dir);
      expect(first.code).to.equal(0);
      baseline = path.join(dir, 'ami-report.json');
    });

    it('says web-prod was removed, app-prod is unchanged, and exits normally', async () => {
      const dir = tempDir();
      const result = await reportOn('c07-run2', dir, [
        '--stack',
        'web-prod',
        '--stack',
        'app-prod',
        '--baseline',
        baseline,
      ]);

      const diff = readFileSync(path.join(dir, 'ami-diff.md'), 'utf8');
      const report = readJson(dir);
      expect(result.code, result.stderr).to.equal(0);
      expect(report.complete).to.equal(true);
      expect(report.errors).to.deep.equal([]);
      const web = report.diff?.stacks.find((s) => s.stackName === 'web-prod');
      expect(web?.change).to.equal('removed');
      expect(web?.parameters[0]?.before?.imageIds).to.deep.equal(['ami-0aaaaaaaaaaaaaaa1']);
      const app = report.diff?.stacks.find((s) => s.stackName === 'app-prod');
      expect(app?.parameters.map((p) => p.change)).to.deep.equal(['unchanged']);
      expect(diff).to.match(/web-prod.*removed/);
      expect(diff).to.contain('ami-0aaaaaaaaaaaaaaa1');
    });

    it('says web-prod was replaced when it comes back with a new stack id', async () => {
      const dir = tempDir();
      const result = await reportOn('c07-run2b', dir, ['--baseline', baseline]);

      const report = readJson(dir);
      const web = report.diff?.stacks.find((s) => s.stackName === 'web-prod');
      expect(result.code, result.stderr).to.equal(0);
      expect(web?.change).to.equal('replaced');
      expect(web?.parameters[0]?.before?.imageIds).to.deep.equal(['ami-0aaaaaaaaaaaaaaa1']);
      expect(web?.parameters[0]?.after?.imageIds).to.deep.equal(['ami-0aaaaaaaaaaaaaab7']);
    });

    it('exits 3 for a named stack that does not exist and that no baseline explains', async () => {
      const dir = tempDir();
      const result = await reportOn('c07-run2', dir, [
        '--stack',
        'web-prod',
        '--stack',
        'app-prod',
      ]);

      const report = readJson(dir);
      expect(result.code).to.equal(3);
      expect(report.complete).to.equal(false);
      expect(report.errors.map((e) => [e.code, e.stack])).to.deep.equal([
        ['StackNotFound', 'web-prod'],
      ]);
      expect(readFileSync(path.join(dir, 'ami-report.md'), 'utf8')).to.contain('INCOMPLETE');
    });
  });

  describe('a first run, with no previous report yet', () => {
    it('warns that the baseline is missing, writes no diff, and exits normally', async () => {
      const dir = tempDir();
      const missing = path.join(dir, 'previous', 'ami-report.json');
      const result = await reportOn('c03', dir, ['--baseline', missing]);

      expect(result.code, result.stderr).to.equal(0);
      expect(result.stderr).to.contain(`no baseline at ${missing}`);
      expect(readJson(dir).diff).to.equal(undefined);
      expect(() => readFileSync(path.join(dir, 'ami-diff.md'))).to.throw(/ENOENT/);
    });
  });

  describe('C4: NoEcho values across two runs', () => {
    it('never sends **** anywhere and shows LegacyAmi as unknown in the diff', async () => {
      const first = tempDir();
      await reportOn('c04-run1', first);
      const dir = tempDir();
      const result = await reportOn('c04-run2', dir, [
        '--baseline',
        path.join(first, 'ami-report.json'),
      ]);

      const report = readJson(dir);
      const legacy = report.diff?.stacks[0]?.parameters.find((p) => p.key === 'LegacyAmi');
      expect(result.code, result.stderr).to.equal(0);
      expect(legacy?.change).to.equal('unknown');
      expect(report.images.map((i) => i.imageId)).to.deep.equal(['ami-0aaaaaaaaaaaaaaa1']);
      expect(JSON.stringify(report.stacks)).not.to.contain('DbPassword');
      const markdown = readFileSync(path.join(dir, 'ami-report.md'), 'utf8');
      expect(markdown).to.match(/LegacyAmi.*hidden \(NoEcho\)/);
    });
  });

  describe('C5 and C8: the exit gate on real captures', () => {
    it('C5: fails on the deprecated BastionAmi with exit 1 and names it in JUnit', async () => {
      const dir = tempDir();
      const result = await reportOn('c05', dir);

      const junit = readFileSync(path.join(dir, 'ami-report.junit.xml'), 'utf8');
      expect(result.code).to.equal(1);
      expect(result.stderr).to.contain('image-deprecated (1)');
      expect(junit).to.match(/<failure[^>]*message="[^"]*deprecated[^"]*2026-06-01T00:00:00/);
    });

    it('C5: passes with --fail-on never and still writes the failure', async () => {
      const dir = tempDir();
      const result = await reportOn('c05', dir, ['--fail-on', 'never']);

      expect(result.code).to.equal(0);
      expect(readFileSync(path.join(dir, 'ami-report.md'), 'utf8')).to.contain(
        'deprecated since 2026-06-01T00:00:00',
      );
    });

    it('C8: rolled-back and failed stacks fail; the in-progress one is not a pass', async () => {
      const dir = tempDir();
      const result = await reportOn('c08', dir);

      const junit = readFileSync(path.join(dir, 'ami-report.junit.xml'), 'utf8');
      expect(result.code).to.equal(1);
      for (const status of [
        'ROLLBACK_COMPLETE',
        'UPDATE_ROLLBACK_FAILED',
        'UPDATE_ROLLBACK_COMPLETE',
      ]) {
        expect(junit).to.match(new RegExp(`<failure[^>]*message="[^"]*${status}`));
      }
      const app = new RegExp(
        [
          '<testcase classname="ami-report\\.\\d+\\.eu-west-1\\.app-prod" name="stack-status">',
          '([\\s\\S]*?)<\\/testcase>',
        ].join(''),
      ).exec(junit);
      expect(app?.[1]).to.match(/<failure|<skipped/);
    });
  });
});
