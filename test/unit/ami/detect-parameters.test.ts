import { expect } from 'chai';

import { detectAmiParameters } from '../../../src/ami/detect-parameters.js';

const ami1 = 'ami-0aaaaaaaaaaaaaaa1';

describe('detectAmiParameters', () => {
  it('takes parameters whose value is an AMI id, and ignores the others', () => {
    const found = detectAmiParameters(
      [
        { ParameterKey: 'WebAmi', ParameterValue: ami1 },
        { ParameterKey: 'Env', ParameterValue: 'prod' },
      ],
      { amiParameters: [] },
    );
    expect(found).to.deep.equal([
      { key: 'WebAmi', detectedBy: 'value', valueState: 'resolved', imageIds: [ami1] },
    ]);
  });

  it('takes configured names (with globs) even when the value is empty or malformed', () => {
    const found = detectAmiParameters(
      [
        { ParameterKey: 'DbAmi', ParameterValue: '' },
        { ParameterKey: 'AppAmi', ParameterValue: 'ami-xyz' },
        { ParameterKey: 'BaseImage', ParameterValue: 'latest' },
      ],
      { amiParameters: ['*Ami', 'BaseImage'] },
    );
    expect(found.map((p) => [p.key, p.detectedBy, p.valueState, p.invalidValue])).to.deep.equal([
      ['AppAmi', 'name', 'invalid', 'ami-xyz'],
      ['BaseImage', 'name', 'invalid', 'latest'],
      ['DbAmi', 'name', 'not-set', undefined],
    ]);
  });

  it('reports an SSM-typed parameter by its ResolvedValue and keeps the SSM name (C3)', () => {
    const [web] = detectAmiParameters(
      [{ ParameterKey: 'WebAmi', ParameterValue: '/golden/web/latest', ResolvedValue: ami1 }],
      { amiParameters: [] },
    );
    expect(web).to.deep.equal({
      key: 'WebAmi',
      detectedBy: 'ssm',
      valueState: 'resolved',
      imageIds: [ami1],
      ssmParameter: '/golden/web/latest',
    });
  });

  it('marks a NoEcho AMI parameter hidden and ignores other masked values (C4)', () => {
    const found = detectAmiParameters(
      [
        { ParameterKey: 'LegacyAmi', ParameterValue: '****' },
        { ParameterKey: 'DbPassword', ParameterValue: '****' },
      ],
      {
        amiParameters: [],
        declarations: [
          { ParameterKey: 'LegacyAmi', ParameterType: 'AWS::EC2::Image::Id', NoEcho: true },
          { ParameterKey: 'DbPassword', ParameterType: 'String', NoEcho: true },
        ],
      },
    );
    expect(found).to.deep.equal([
      {
        key: 'LegacyAmi',
        detectedBy: 'type',
        valueState: 'hidden',
        imageIds: [],
        type: 'AWS::EC2::Image::Id',
      },
    ]);
  });

  it('reads a list-typed parameter as several images', () => {
    const [list] = detectAmiParameters(
      [{ ParameterKey: 'Fleet', ParameterValue: `${ami1},ami-0bbbbbbbbbbbbbbb2` }],
      {
        amiParameters: [],
        declarations: [{ ParameterKey: 'Fleet', ParameterType: 'List<AWS::EC2::Image::Id>' }],
      },
    );
    expect(list?.imageIds).to.deep.equal([ami1, 'ami-0bbbbbbbbbbbbbbb2']);
    expect(list?.detectedBy).to.equal('type');
  });

  it('returns parameters sorted by key', () => {
    const found = detectAmiParameters(
      [
        { ParameterKey: 'Zeta', ParameterValue: ami1 },
        { ParameterKey: 'Alpha', ParameterValue: ami1 },
      ],
      { amiParameters: [] },
    );
    expect(found.map((p) => p.key)).to.deep.equal(['Alpha', 'Zeta']);
  });
});
