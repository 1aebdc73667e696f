import { expect } from 'chai';

import fc from 'fast-check';

import { buildReportView } from '../../../../src/render/view/build-report-view.js';
import {
  cleanDisplayText,
  cleanViewInPlace,
} from '../../../../src/render/view/clean-display-text.js';
import { aFullReport, anIncompleteReport } from '../../../fixtures/render/sample-reports.js';
import { reportArbitrary } from '../../../helpers/report-arbitrary.js';

/** Every object and array reachable from a value. */
function objectsOf(root: unknown, seen = new Set<object>()): Set<object> {
  if (root === null || typeof root !== 'object' || seen.has(root)) return seen;
  seen.add(root);
  for (const child of Object.values(root)) objectsOf(child, seen);
  return seen;
}

describe('cleaning text for display', () => {
  it('removes a colour code whole and drops other control characters', () => {
    expect(cleanDisplayText('\u001b[31mFAILED\u001b[0m build\u0007 7')).to.equal('FAILED build 7');
  });

  it('keeps line breaks and tabs, and text with nothing to clean', () => {
    expect(cleanDisplayText('a\tb\r\nc')).to.equal('a\tb\r\nc');
    expect(cleanDisplayText('golden-2026.11')).to.equal('golden-2026.11');
  });

  it('cleans every string of a view where it stands, in arrays and nested objects', () => {
    const view = { name: 'x\u001b[1m', rows: [{ tags: [{ key: 'K\u0000', value: 'v' }] }], n: 3 };
    const rows = view.rows;

    expect(cleanViewInPlace(view)).to.equal(view);
    expect(view).to.deep.equal({ name: 'x', rows: [{ tags: [{ key: 'K', value: 'v' }] }], n: 3 });
    expect(view.rows).to.equal(rows);
  });

  it('is only given views that share no object with their report, which stays as it was', () => {
    const check = (report: ReturnType<typeof aFullReport>) => {
      const before = JSON.stringify(report);
      const reportObjects = objectsOf(report);

      const view = buildReportView(report, {});

      const shared = [...objectsOf(view)].filter((object) => reportObjects.has(object));
      expect(shared).to.deep.equal([]);
      expect(JSON.stringify(report)).to.equal(before);
    };
    check(aFullReport());
    check(anIncompleteReport());
    fc.assert(
      fc.property(reportArbitrary(), (report) => check(report)),
      { numRuns: 40 },
    );
  });

  it('keeps a key named __proto__ as a key of its own', () => {
    const view = JSON.parse('{"tags":{"__proto__":"\\u001b[31mred"}}') as {
      tags: Record<string, string>;
    };
    const cleaned = cleanViewInPlace(view);
    expect(Object.keys(cleaned.tags)).to.deep.equal(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(cleaned.tags, '__proto__')?.value).to.equal('red');
    expect(Object.getPrototypeOf(cleaned.tags)).to.equal(Object.prototype);
  });
});
