import type { Image } from '@aws-sdk/client-ec2';

import { readLineage } from '../model/lineage.js';
import type { ImageEntry, ImageTag } from '../model/report.js';
import { toIsoDate } from '../model/iso-date.js';

/**
 * The report's view of an image. An image owned by another account comes back without tags
 * even when it has some: the owner's tags are not visible to the consumer, which is not the
 * same as having none.
 */
export function toImageEntry(region: string, image: Image, accountId: string): ImageEntry {
  const tags = (image.Tags ?? [])
    .map((tag): ImageTag => ({ key: tag.Key ?? '', value: tag.Value ?? '' }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const foreign = accountId !== '' && image.OwnerId !== undefined && image.OwnerId !== accountId;
  const tagsVisible = !(foreign && tags.length === 0);
  const lineage = readLineage(tags);

  const entry: ImageEntry = {
    region,
    imageId: image.ImageId ?? '',
    lookup: 'found',
    tagsVisible,
  };
  assign(entry, 'name', image.Name);
  assign(entry, 'description', image.Description);
  assign(entry, 'createdAt', toIsoDate(image.CreationDate));
  assign(entry, 'ownerId', image.OwnerId);
  assign(entry, 'ownerAlias', image.ImageOwnerAlias);
  assign(entry, 'state', image.State);
  assign(entry, 'stateReason', image.StateReason?.Message ?? image.StateReason?.Code);
  if (image.Public !== undefined) entry.public = image.Public;
  assign(entry, 'deprecatedAt', toIsoDate(image.DeprecationTime));
  assign(entry, 'platform', image.PlatformDetails ?? image.Platform);
  assign(entry, 'architecture', image.Architecture);
  if (tagsVisible) entry.tags = tags;
  if (lineage) entry.lineage = lineage;
  return entry;
}

/** An image EC2 could not describe, or that could not be asked about. */
export function missingImageEntry(
  region: string,
  imageId: string,
  lookup: 'not-found' | 'unknown',
): ImageEntry {
  return { region, imageId, lookup, tagsVisible: false };
}

function assign<K extends keyof ImageEntry>(
  entry: ImageEntry,
  key: K,
  value: ImageEntry[K] | undefined,
): void {
  if (value !== undefined && value !== '') entry[key] = value;
}
