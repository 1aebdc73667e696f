import { expect } from 'chai';

import { cleanDisplayText, cleanView } from '../../../../src/render/view/clean-display-text.js';

describe('cleaning text for display', () => {
  it('removes a colour code whole and drops other control characters', () => {
    expect(cleanDisplayText('\u001b[31mFAILED\u001b[0m build\u0007 7')).to.equal('FAILED build 7');
  });

  it('keeps line breaks and tabs, and text with nothing to clean', () => {
    expect(cleanDisplayText('a\tb\r\nc')).to.equal('a\tb\r\nc');
    expect(cleanDisplayText('golden-2026.11')).to.equal('golden-2026.11');
  });

  it('cleans every string of a view, in arrays and nested objects', () => {
    const view = { name: 'x\u001b[1m', rows: [{ tags: [{ key: 'K\u0000', value: 'v' }] }], n: 3 };
    expect(cleanView(view)).to.deep.equal({
      name: 'x',
      rows: [{ tags: [{ key: 'K', value: 'v' }] }],
      n: 3,
    });
  });

  it('keeps a key named __proto__ as a key of its own', () => {
    const view = JSON.parse('{"tags":{"__proto__":"\\u001b[31mred"}}') as {
      tags: Record<string, string>;
    };
    const cleaned = cleanView(view);
    expect(Object.keys(cleaned.tags)).to.deep.equal(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(cleaned.tags, '__proto__')?.value).to.equal('red');
    expect(Object.getPrototypeOf(cleaned.tags)).to.equal(Object.prototype);
  });
});
