import { expect } from 'chai';
import sinon from 'sinon';

import { cleanEnv } from '../../helpers/run-cli.js';

describe('cleanEnv', () => {
  it('passes no AWS setting of the calling shell to the CLI', () => {
    sinon.stub(process, 'env').value({
      PATH: '/usr/bin',
      AWS_PROFILE: 'production',
      AWS_SESSION_TOKEN: 'real-token',
      AWS_REGION: 'ap-south-1',
    });

    const env = cleanEnv({});

    expect(env).to.include({
      PATH: '/usr/bin',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(env).not.to.have.any.keys('AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_REGION');
    expect(env.AWS_CONFIG_FILE).to.match(/stack-ami-report-no-aws-config$/);
  });

  it('adds the given variables and removes those given as undefined', () => {
    const env = cleanEnv({ AWS_REGION: 'eu-west-1', AWS_EC2_METADATA_DISABLED: undefined });

    expect(env.AWS_REGION).to.equal('eu-west-1');
    expect(env).not.to.have.property('AWS_EC2_METADATA_DISABLED');
  });
});
