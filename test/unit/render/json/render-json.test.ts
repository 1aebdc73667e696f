import { expect } from 'chai';

import { renderJson } from '../../../../src/render/json/render-json.js';
import { aFullReport } from '../../../fixtures/render/sample-reports.js';

describe('renderJson', () => {
  it('writes the model itself, indented, ending in a newline', () => {
    const report = aFullReport();
    const json = renderJson(report);
    expect(json).to.equal(`${JSON.stringify(report, null, 2)}\n`);
    expect(JSON.parse(json)).to.deep.equal(JSON.parse(JSON.stringify(report)));
  });
});
