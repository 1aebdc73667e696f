import { expect } from 'chai';

import type { AmiReport } from '../../../src/model/report.js';
import { collectCapture } from '../../helpers/collect-capture.js';

function parameter(report: AmiReport, stackName: string, key: string) {
  const stack = report.stacks.find((s) => s.stackName === stackName);
  return stack?.parameters.find((p) => p.key === key);
}

function imageName(report: AmiReport, region: string, imageId: string | undefined) {
  return report.images.find((i) => i.region === region && i.imageId === imageId)?.name;
}

describe('collecting from AWS CLI captures', () => {
  it('C1: sends only well-formed ids, once each, and names every parameter right', async () => {
    const report = await collectCapture('c01', { amiParameters: ['*Ami'] });

    expect(report.images.map((i) => i.imageId)).to.deep.equal([
      'ami-0aaaaaaaaaaaaaaa1',
      'ami-0bbbbbbbbbbbbbbb2',
    ]);
    expect(parameter(report, 'web-prod', 'AppAmi')).to.include({
      valueState: 'invalid',
      invalidValue: 'ami-xyz',
    });
    expect(parameter(report, 'web-prod', 'DbAmi')?.valueState).to.equal('not-set');
    const cache = parameter(report, 'web-prod', 'CacheAmi');
    expect(imageName(report, 'eu-west-1', cache?.imageIds[0])).to.equal('app-golden-2026.11.30');
    for (const key of ['WebAmi', 'WorkerAmi']) {
      const id = parameter(report, 'web-prod', key)?.imageIds[0];
      expect(imageName(report, 'eu-west-1', id)).to.equal('web-golden-2026.11.30');
    }
    expect(report.stacks[0]?.parameters.map((p) => p.key)).to.deep.equal([
      'AppAmi',
      'CacheAmi',
      'DbAmi',
      'WebAmi',
      'WorkerAmi',
    ]);
  });

  it('C1: gives the same report on every run', async () => {
    const first = await collectCapture('c01', { amiParameters: ['*Ami'] });
    const second = await collectCapture('c01', { amiParameters: ['*Ami'] });
    expect(JSON.stringify(second)).to.equal(JSON.stringify(first));
  });

  it('C2: looks the image up in the region of the stack ARN', async () => {
    const report = await collectCapture('c02', {
      stacks: [
        'arn:aws:cloudformation:eu-west-1:111122223333:stack/web-prod/' +
          '1f0e4c2a-0000-4000-8000-000000000001',
      ],
    });

    const web = parameter(report, 'web-prod', 'WebAmi');
    expect(report.stacks[0]?.region).to.equal('eu-west-1');
    expect(imageName(report, 'eu-west-1', web?.imageIds[0])).to.equal('web-golden-2026.11.30');
    expect(report.images.every((i) => i.lookup === 'found')).to.equal(true);
  });

  it('C3: shows the resolved AMI of an SSM-typed parameter and keeps its source', async () => {
    const report = await collectCapture('c03');

    const web = parameter(report, 'web-prod', 'WebAmi');
    expect(web).to.include({ valueState: 'resolved', ssmParameter: '/golden/web/latest' });
    expect(web?.imageIds).to.deep.equal(['ami-0aaaaaaaaaaaaaaa1']);
    expect(imageName(report, 'eu-west-1', 'ami-0aaaaaaaaaaaaaaa1')).to.equal(
      'web-golden-2026.11.30',
    );
    expect(report.images.map((i) => i.imageId)).not.to.include('/golden/web/latest');
  });

  it('C3: shows the same AMI, with no error, from what moto returns', async () => {
    const report = await collectCapture('c03-moto');

    const web = parameter(report, 'web-prod', 'WebAmi');
    expect(web?.imageIds).to.deep.equal(['ami-0aaaaaaaaaaaaaaa1']);
    expect(report.errors).to.deep.equal([]);
    expect(imageName(report, 'eu-west-1', 'ami-0aaaaaaaaaaaaaaa1')).to.equal(
      'web-golden-2026.11.30',
    );
  });

  it('C4: marks the NoEcho AMI parameter hidden and leaves DbPassword out', async () => {
    const report = await collectCapture('c04-run1');

    expect(parameter(report, 'web-prod', 'LegacyAmi')).to.include({ valueState: 'hidden' });
    expect(parameter(report, 'web-prod', 'LegacyAmi')?.imageIds).to.deep.equal([]);
    expect(parameter(report, 'web-prod', 'DbPassword')).to.equal(undefined);
    expect(report.images.map((i) => i.imageId)).to.deep.equal(['ami-0aaaaaaaaaaaaaaa1']);
  });

  it('C7: records a named stack that no longer exists and still reports the others', async () => {
    const report = await collectCapture('c07-run2', { stacks: ['web-prod', 'app-prod'] });

    expect(report.stacks.map((s) => s.stackName)).to.deep.equal(['app-prod']);
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

  it('C8: keeps every stack with its status and what it means for the running AMI', async () => {
    const report = await collectCapture('c08');

    const states = report.stacks.map((s) => [s.stackName, s.status, s.deployment]);
    expect(states).to.deep.equal([
      ['app-prod', 'UPDATE_IN_PROGRESS', 'in-progress'],
      ['web-broken', 'UPDATE_ROLLBACK_FAILED', 'failed'],
      ['web-new', 'ROLLBACK_COMPLETE', 'not-deployed'],
      ['web-prod', 'UPDATE_ROLLBACK_COMPLETE', 'rolled-back'],
    ]);
    expect(parameter(report, 'web-prod', 'WebAmi')?.imageIds).to.deep.equal([
      'ami-0aaaaaaaaaaaaaaa1',
    ]);
  });

  it('C9: reports the root stack once in discovery and leaves its nested stacks out', async () => {
    const report = await collectCapture('c09');

    expect(report.stacks.map((s) => s.stackName)).to.deep.equal(['web-prod']);
    expect(report.images.map((i) => i.imageId)).to.deep.equal(['ami-0aaaaaaaaaaaaaaa1']);
    expect(report.omitted.map((o) => o.reason)).to.deep.equal(['nested', 'nested']);
  });

  it('C9: reports a nested stack the user names', async () => {
    const report = await collectCapture('c09', { stacks: ['web-prod-Compute-1ABCDEFGHIJKL'] });

    expect(report.stacks.map((s) => s.stackName)).to.deep.equal(['web-prod-Compute-1ABCDEFGHIJKL']);
    expect(report.stacks[0]?.parentId).to.match(/stack\/web-prod\//);
  });

  it('C13: writes stack and image dates as ISO 8601 UTC', async () => {
    const report = await collectCapture('c13');

    expect(report.stacks[0]?.lastUpdatedAt).to.equal('2026-12-02T14:30:00.000Z');
    expect(report.images.find((i) => i.imageId === 'ami-0aaaaaaaaaaaaaaa1')?.createdAt).to.equal(
      '2026-11-30T08:15:00.000Z',
    );
  });
});
