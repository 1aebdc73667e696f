/**
 * Rewrites the golden files under test/golden/ from the fixed report models. Golden tests
 * never write them; run this on purpose and review the diff before committing it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { renderReport } from '../src/render/render-report.js';
import { GOLDEN_CASES, GOLDEN_FORMATS } from '../test/fixtures/render/golden-cases.js';

const goldenDir = fileURLToPath(new URL('../test/golden/', import.meta.url));

for (const goldenCase of GOLDEN_CASES) {
  const files = await renderReport(goldenCase.report(), {
    ...goldenCase.options,
    formats: GOLDEN_FORMATS,
  });
  const folder = path.join(goldenDir, goldenCase.name);
  await mkdir(folder, { recursive: true });
  for (const file of files) {
    await writeFile(path.join(folder, file.name), file.content, 'utf8');
    console.log(`wrote ${path.relative(process.cwd(), path.join(folder, file.name))}`);
  }
}
