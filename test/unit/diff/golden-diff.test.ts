import { readFile } from 'node:fs/promises';

import { expect } from 'chai';

import {
  DIFF_GOLDEN_CASES,
  goldenFile,
  renderGoldenCase,
} from '../../fixtures/diff/golden-cases.js';
import { expectTablesParse } from './gfm-tables.js';

describe('renderDiffMarkdown golden files', () => {
  for (const goldenCase of DIFF_GOLDEN_CASES) {
    it(`renders ${goldenCase.name} exactly as test/golden/diff/${goldenCase.name}.md`, async () => {
      const expected = await readFile(goldenFile(goldenCase), 'utf8');

      const actual = await renderGoldenCase(goldenCase);

      expect(actual, 'regenerate with: npx tsx scripts/update-golden-diff.ts').to.equal(expected);
      expectTablesParse(actual);
    });
  }
});
