import type { Tag } from '@aws-sdk/client-ec2';

import { COPIED_FROM_KEY, formatCopiedFrom, isLineageKey } from '../model/lineage.js';
import type { ImageTag } from '../model/report.js';
import type { SourceImage } from './copy-ami-types.js';

/** SDK tags as the report model holds them, sorted by key. */
export function readImageTags(tags: Tag[] | undefined): ImageTag[] {
  return (tags ?? [])
    .filter((tag): tag is { Key: string; Value?: string } => typeof tag.Key === 'string')
    .map((tag) => ({ key: tag.Key, value: tag.Value ?? '' }))
    .sort((a, b) => (a.key === b.key ? 0 : a.key < b.key ? -1 : 1));
}

/**
 * The tags a copy gets: the source's own tags, without the `aws:` ones (reserved, EC2 refuses
 * them) and without the source's lineage, plus `copied-from` naming the source.
 */
export function buildCopyTags(source: SourceImage): Tag[] {
  const userTags = source.tags.filter(
    (tag) => !tag.key.startsWith('aws:') && !isLineageKey(tag.key),
  );
  const lineage = { key: COPIED_FROM_KEY, value: formatCopiedFrom(source) };

  return [...userTags, lineage].map((tag) => ({ Key: tag.key, Value: tag.value }));
}

/** The wanted tags that the image lacks or holds with another value. */
export function findMissingTags(wanted: Tag[], actual: Tag[] | undefined): Tag[] {
  const present = new Map((actual ?? []).map((tag) => [tag.Key, tag.Value ?? '']));
  return wanted.filter((tag) => present.get(tag.Key) !== (tag.Value ?? ''));
}
