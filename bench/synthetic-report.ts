import type { AmiReport, ImageEntry, StackEntry } from '../src/model/report.js';
import { aParameter, aReport, aStack, anImage } from '../test/helpers/report-builders.js';

const KEYS = ['AppAmi', 'BaseAmi', 'DbAmi', 'WebAmi'];

/** A report with `rows` AMI parameter rows, four per stack, each on its own image. */
export function syntheticReport(rows: number): AmiReport {
  const stacks: StackEntry[] = [];
  const images: ImageEntry[] = [];
  for (let row = 0; row < rows; row += 1) {
    const stackIndex = Math.floor(row / KEYS.length);
    const imageId = `ami-${row.toString(16).padStart(17, '0')}`;
    if (row % KEYS.length === 0) stacks.push(stackFor(stackIndex));
    stacks[stacks.length - 1]?.parameters.push(
      aParameter({ key: KEYS[row % KEYS.length] ?? 'WebAmi', imageIds: [imageId] }),
    );
    images.push(imageFor(imageId, row));
  }
  return aReport({ stacks, images, source: { kind: 'aws', regions: ['eu-west-1'] } });
}

function stackFor(index: number): StackEntry {
  const stackName = `app-${String(index).padStart(5, '0')}`;
  return aStack({
    stackName,
    stackId: `arn:aws:cloudformation:eu-west-1:111122223333:stack/${stackName}/${index}`,
    parameters: [],
  });
}

function imageFor(imageId: string, row: number): ImageEntry {
  const day = String((row % 28) + 1).padStart(2, '0');
  return anImage({
    imageId,
    name: `golden-${row}`,
    createdAt: `2026-${row % 2 === 0 ? '11' : '06'}-${day}T08:15:00.000Z`,
    tags: [
      { key: 'Name', value: `golden-${row}` },
      { key: 'Release', value: `2026.11.${day}` },
      { key: 'Team', value: row % 3 === 0 ? 'web' : 'app' },
    ],
  });
}
