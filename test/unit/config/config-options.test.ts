import { expect } from 'chai';
import { toConfigOptions } from '../../../src/config/config-options.js';
import { emptyChecksConfig } from '../../../src/config/config-types.js';

describe('toConfigOptions', () => {
  it('converts the timeout to milliseconds and leaves out the path', () => {
    const options = toConfigOptions({
      path: 'config.yaml',
      selection: { regions: ['eu-west-1'] },
      timeout: 2.5,
      failOn: 'warning',
      checks: emptyChecksConfig(),
    });

    expect(options).to.deep.equal({
      selection: { regions: ['eu-west-1'] },
      timeoutMs: 2500,
      failOn: 'warning',
      checks: emptyChecksConfig(),
    });
  });

  it('holds only the keys the file set, so that flags spread after it win', () => {
    const options = toConfigOptions({
      path: 'config.yaml',
      selection: {},
      outDir: 'from-file',
      checks: emptyChecksConfig(),
    });

    const defaults = { outDir: 'default', failOn: 'error' };
    const flags = { failOn: 'never' };
    const merged = { ...defaults, ...options, ...flags };

    expect(Object.keys(options).sort()).to.deep.equal(['checks', 'outDir', 'selection']);
    expect(merged).to.include({ outDir: 'from-file', failOn: 'never' });
  });
});
