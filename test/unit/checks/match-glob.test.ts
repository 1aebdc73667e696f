import { expect } from 'chai';
import { matchGlob } from '../../../src/checks/match-glob.js';

describe('matchGlob', () => {
  const cases = [
    ['web-prod', 'web-prod', true],
    ['web-*', 'web-prod', true],
    ['web-*', 'app-prod', false],
    ['*Ami', 'WebAmi', true],
    ['*Ami', 'WebAmiId', false],
    ['web-?', 'web-1', true],
    ['web-?', 'web-12', false],
    ['web.prod', 'web-prod', false],
    ['a+b(c)[d]|e$^', 'a+b(c)[d]|e$^', true],
    ['Web*', 'web-prod', false],
    ['*', '', true],
  ] as const;

  for (const [pattern, value, expected] of cases) {
    const verb = expected ? 'matches' : 'does not match';
    it(`${verb} ${JSON.stringify(value)} with ${pattern}`, () => {
      expect(matchGlob(pattern, value)).to.equal(expected);
    });
  }
});
