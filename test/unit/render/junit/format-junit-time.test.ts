import { expect } from 'chai';

import { formatJunitTime } from '../../../../src/render/junit/format-junit-time.js';
import { C12_TIMINGS_MS } from '../../../fixtures/cases/c12/report.js';

describe('formatJunitTime', () => {
  it('turns the C12 milliseconds into seconds with at most three decimals', () => {
    expect(formatJunitTime(C12_TIMINGS_MS.describeStacks)).to.equal('1.235');
    expect(formatJunitTime(C12_TIMINGS_MS.describeImages)).to.equal('0.087');
    expect(formatJunitTime(C12_TIMINGS_MS.suiteTotal)).to.equal('1.322');
  });

  it('never writes a locale separator or an exponent', () => {
    expect(formatJunitTime(8926953)).to.equal('8926.953');
    expect(formatJunitTime(1e-7)).to.equal('0');
    expect(formatJunitTime(1e21)).to.match(/^\d+$/);
  });

  it('writes whole seconds without decimals and zero for nonsense', () => {
    expect(formatJunitTime(2000)).to.equal('2');
    expect(formatJunitTime(1500)).to.equal('1.5');
    expect(formatJunitTime(Number.NaN)).to.equal('0');
    expect(formatJunitTime(-5)).to.equal('0');
  });
});
