import { expect } from 'chai';
import { imageNotFound } from '../../../src/checks/image-not-found.js';
import { aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';
import { aOneRowReport, runCheck, runCheckOnce } from './check-harness.js';

describe('imageNotFound', () => {
  const cases = [
    { lookup: 'found', outcome: 'pass', message: 'image exists in eu-west-1' },
    {
      lookup: 'not-found',
      outcome: 'fail',
      message:
        'image ami-0aaaaaaaaaaaaaaa1 not found in eu-west-1: it was deregistered, ' +
        'is in another region, or is not shared with this account',
    },
    {
      lookup: 'unknown',
      outcome: 'skip',
      message: 'image could not be read (see the errors in the report), so it is not judged',
    },
  ] as const;

  for (const { lookup, outcome, message } of cases) {
    it(`gives ${outcome} for a lookup that is ${lookup}`, () => {
      const finding = runCheckOnce(imageNotFound, { image: { lookup } });

      expect(finding).to.include({ check: 'image-not-found', severity: 'error', outcome, message });
      expect(finding).to.include({ parameterKey: 'WebAmi', imageId: 'ami-0aaaaaaaaaaaaaaa1' });
    });
  }

  for (const valueState of ['hidden', 'not-set', 'invalid'] as const) {
    it(`gives no result for a parameter that is ${valueState}`, () => {
      const report = aOneRowReport({ parameter: { valueState, imageIds: [] } });

      expect(runCheck(imageNotFound, report)).to.deep.equal([]);
    });
  }

  it('gives one result per image of a list parameter', () => {
    const ids = ['ami-0aaaaaaaaaaaaaaa1', 'ami-0bbbbbbbbbbbbbbb2'];
    const report = aOneRowReport({ parameter: { imageIds: ids } });

    const findings = runCheck(imageNotFound, report);

    expect(findings.map((f) => [f.imageId, f.outcome])).to.deep.equal([
      ['ami-0aaaaaaaaaaaaaaa1', 'pass'],
      ['ami-0bbbbbbbbbbbbbbb2', 'pass'],
    ]);
  });

  it('matches images by the region of the stack, not by id alone', () => {
    const stack = aStack({ region: 'eu-central-1', parameters: [aParameter()] });
    const report = aReport({
      stacks: [stack],
      images: [
        anImage({ region: 'eu-west-1', lookup: 'found' }),
        anImage({ region: 'eu-central-1', lookup: 'not-found' }),
      ],
    });

    const [finding] = runCheck(imageNotFound, report);

    expect(finding?.outcome).to.equal('fail');
    expect(finding?.message).to.contain('not found in eu-central-1');
  });
});
