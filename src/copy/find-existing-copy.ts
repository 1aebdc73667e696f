import type { EC2Client, Image } from '@aws-sdk/client-ec2';

import { COPIED_FROM_KEY, copiedToKey, formatCopiedFrom } from '../model/lineage.js';
import type { SourceImage } from './copy-ami-types.js';
import { describeImage, describeOwnImages } from './describe-images.js';

/**
 * recorded: the copy the source's `copied-to:<region>` tag names still exists.
 * found:    no usable record, but a copy tagged `copied-from` this source exists (a run stopped
 *           between copying and recording).
 * none:     there is no copy; `staleId` is a recorded copy that no longer exists.
 */
export type ExistingCopy =
  | { kind: 'recorded'; image: Image }
  | { kind: 'found'; image: Image; staleId?: string }
  | { kind: 'none'; staleId?: string };

export async function findExistingCopy(
  ec2: EC2Client,
  source: SourceImage,
  region: string,
): Promise<ExistingCopy> {
  const recordedId = source.tags.find((tag) => tag.key === copiedToKey(region))?.value;
  const recorded = recordedId ? await describeImage(ec2, region, recordedId) : undefined;
  if (recorded) return { kind: 'recorded', image: recorded };

  const stale = recordedId ? { staleId: recordedId } : {};
  const found = await findTaggedCopy(ec2, source, region);
  return found ? { kind: 'found', image: found, ...stale } : { kind: 'none', ...stale };
}

async function findTaggedCopy(
  ec2: EC2Client,
  source: SourceImage,
  region: string,
): Promise<Image | undefined> {
  const filter = { Name: `tag:${COPIED_FROM_KEY}`, Values: [formatCopiedFrom(source)] };
  const images = await describeOwnImages(ec2, region, [filter]);
  return images.sort(compareCandidates)[0];
}

const STATE_RANK: Record<string, number> = { available: 0, pending: 1 };

// Two interrupted runs can leave two copies: prefer a usable one, then the oldest, by id last.
function compareCandidates(a: Image, b: Image): number {
  const rank = (image: Image) => STATE_RANK[image.State ?? ''] ?? 2;
  return (
    rank(a) - rank(b) ||
    compareText(a.CreationDate ?? '', b.CreationDate ?? '') ||
    compareText(a.ImageId ?? '', b.ImageId ?? '')
  );
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
