import { expect } from 'chai';

import { junitClassname } from '../../../../src/render/junit/junit-classname.js';

describe('junitClassname', () => {
  it('joins account, region and stack under ami-report', () => {
    expect(junitClassname('111122223333', 'eu-west-1', 'web-prod')).to.equal(
      'ami-report.111122223333.eu-west-1.web-prod',
    );
  });

  it('replaces dots inside a part so Jenkins splits only between parts', () => {
    expect(junitClassname('1', 'eu.west', 'web.prod.2026.11.30')).to.equal(
      'ami-report.1.eu_west.web_prod_2026_11_30',
    );
  });

  it('never leaves a part empty', () => {
    expect(junitClassname('', ' ', '')).to.equal('ami-report.unknown.unknown.unknown');
  });
});
