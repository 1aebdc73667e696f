import { createHash } from 'node:crypto';

import type { ImageRef } from '../model/lineage.js';

/**
 * The idempotency token of one copy: the same source, destination and replaced copy always give
 * the same token, so a retried or re-run CopyImage returns the copy already started instead of
 * making a second one. The copy being replaced is part of it because EC2 would otherwise answer
 * a replacement with the old, deregistered copy. SHA-256 in hex is 64 characters, EC2's limit.
 */
export function makeClientToken(
  source: ImageRef,
  destinationRegion: string,
  replacing?: string,
): string {
  const parts = ['copy-ami', source.region, source.imageId, destinationRegion, replacing ?? ''];
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}
