import { expect } from 'chai';
import { noechoParameter } from '../../../src/checks/noecho-parameter.js';
import { valueInvalid } from '../../../src/checks/value-invalid.js';
import { valueNotSet } from '../../../src/checks/value-not-set.js';
import type { AmiParameter } from '../../../src/model/report.js';
import { aOneRowReport, runCheck } from './check-harness.js';

function runOn(check: typeof valueInvalid, parameter: Partial<AmiParameter>) {
  return runCheck(check, aOneRowReport({ parameter })).map((f) => ({
    severity: f.severity,
    outcome: f.outcome,
    message: f.message,
  }));
}

const HIDDEN: Partial<AmiParameter> = { valueState: 'hidden', imageIds: [] };
const NOT_SET: Partial<AmiParameter> = { valueState: 'not-set', imageIds: [] };
const INVALID: Partial<AmiParameter> = {
  valueState: 'invalid',
  imageIds: [],
  invalidValue: ' ami-xyz',
};

describe('valueInvalid', () => {
  it('fails a value that is not an AMI id and shows the value, spaces included', () => {
    expect(runOn(valueInvalid, INVALID)).to.deep.equal([
      {
        severity: 'error',
        outcome: 'fail',
        message: 'value " ami-xyz" is not an AMI id (expected ami- followed by 8 or 17 hex digits)',
      },
    ]);
  });

  it('passes a resolved value', () => {
    expect(runOn(valueInvalid, {})).to.deep.equal([
      { severity: 'error', outcome: 'pass', message: 'value is an AMI id' },
    ]);
  });

  it('leaves hidden and empty values to their own checks', () => {
    expect([...runOn(valueInvalid, HIDDEN), ...runOn(valueInvalid, NOT_SET)]).to.deep.equal([]);
  });
});

describe('valueNotSet', () => {
  it('fails an empty value', () => {
    expect(runOn(valueNotSet, NOT_SET)).to.deep.equal([
      { severity: 'error', outcome: 'fail', message: 'parameter is empty: no image is set' },
    ]);
  });

  it('passes a resolved value', () => {
    expect(runOn(valueNotSet, {})).to.deep.equal([
      { severity: 'error', outcome: 'pass', message: 'value is set' },
    ]);
  });

  it('leaves hidden and invalid values to their own checks', () => {
    expect([...runOn(valueNotSet, HIDDEN), ...runOn(valueNotSet, INVALID)]).to.deep.equal([]);
  });
});

describe('noechoParameter', () => {
  it('skips a hidden value at info, saying the image cannot be checked', () => {
    expect(runOn(noechoParameter, HIDDEN)).to.deep.equal([
      {
        severity: 'info',
        outcome: 'skip',
        message: 'value is hidden (NoEcho, reads back as ****): the image cannot be checked',
      },
    ]);
  });

  it('gives no result for parameters that can be read', () => {
    const all = [{}, NOT_SET, INVALID].flatMap((parameter) => runOn(noechoParameter, parameter));

    expect(all).to.deep.equal([]);
  });
});
