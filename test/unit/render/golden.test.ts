import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import { renderReport } from '../../../src/render/render-report.js';
import { GOLDEN_CASES, GOLDEN_FORMATS } from '../../fixtures/render/golden-cases.js';

const goldenDir = fileURLToPath(new URL('../../golden/', import.meta.url));
const UPDATE_HINT = 'if the change is intended, run `npx tsx scripts/update-golden.ts`';

describe('rendered files against the golden files', () => {
  for (const goldenCase of GOLDEN_CASES) {
    describe(goldenCase.name, () => {
      it('renders every format byte for byte as kept in test/golden', async () => {
        const files = await renderReport(goldenCase.report(), {
          ...goldenCase.options,
          formats: GOLDEN_FORMATS,
        });
        expect(files).to.have.length(5);
        for (const file of files) {
          const golden = await readFile(`${goldenDir}${goldenCase.name}/${file.name}`, 'utf8');
          expect(file.content, `${goldenCase.name}/${file.name}: ${UPDATE_HINT}`).to.equal(golden);
        }
      });
    });
  }
});
