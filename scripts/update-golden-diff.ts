/**
 * Rewrites the diff comment golden files under test/golden/diff/ from the report fixtures.
 * The golden test never writes them; run this on purpose and review the change before
 * committing it:  npx tsx scripts/update-golden-diff.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import {
  DIFF_GOLDEN_CASES,
  GOLDEN_DIFF_DIR,
  goldenFile,
  renderGoldenCase,
} from '../test/fixtures/diff/golden-cases.js';

await mkdir(GOLDEN_DIFF_DIR, { recursive: true });
for (const goldenCase of DIFF_GOLDEN_CASES) {
  const target = goldenFile(goldenCase);
  await writeFile(target, await renderGoldenCase(goldenCase), 'utf8');
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
