import type { Image } from '@aws-sdk/client-ec2';

import { AwsError } from '../model/errors.js';
import type { CollectionError, ImageEntry } from '../model/report.js';
import type { StackReader } from '../aws/stack-reader.js';
import { missingImageEntry, toImageEntry } from './to-image-entry.js';

/** Ids per DescribeImages call; well under any request size limit. */
export const IMAGE_BATCH_SIZE = 100;

const BAD_ID_CODES = new Set([
  'InvalidAMIID.NotFound',
  'InvalidAMIID.Malformed',
  'InvalidAMIID.Unavailable',
]);

export interface ImageLookup {
  images: ImageEntry[];
  errors: CollectionError[];
}

/**
 * Describes every id once, in batches, in the region given. AWS fails a whole batch when one id
 * is unknown or malformed, so a failed batch is retried without the ids the error names, or split
 * in halves when it names none we sent; nothing else in the batch is lost. Results are matched
 * by ImageId: the response order is not the request order.
 */
export async function lookupImages(
  reader: StackReader,
  region: string,
  imageIds: string[],
  accountId: string,
): Promise<ImageLookup> {
  const unique = [...new Set(imageIds)].sort();
  const result: ImageLookup = { images: [], errors: [] };

  for (let start = 0; start < unique.length; start += IMAGE_BATCH_SIZE) {
    const batch = unique.slice(start, start + IMAGE_BATCH_SIZE);
    await describeBatch(reader, region, batch, accountId, result);
  }
  result.images.sort((a, b) => a.imageId.localeCompare(b.imageId));
  return result;
}

async function describeBatch(
  reader: StackReader,
  region: string,
  batch: string[],
  accountId: string,
  result: ImageLookup,
): Promise<void> {
  if (batch.length === 0) return;

  let images: Image[];
  try {
    images = await reader.describeImages(region, batch);
  } catch (error) {
    await recoverBatch(reader, region, batch, accountId, result, error);
    return;
  }

  const byId = new Map(images.map((image) => [image.ImageId, image]));
  for (const imageId of batch) {
    const image = byId.get(imageId);
    result.images.push(
      image
        ? toImageEntry(region, image, accountId)
        : missingImageEntry(region, imageId, 'not-found'),
    );
  }
}

async function recoverBatch(
  reader: StackReader,
  region: string,
  batch: string[],
  accountId: string,
  result: ImageLookup,
  error: unknown,
): Promise<void> {
  if (!(error instanceof AwsError) || !BAD_ID_CODES.has(error.awsCode)) {
    markUnknown(region, batch, result, error);
    return;
  }

  const named = idsNamedIn(error.message).filter((id) => batch.includes(id));
  if (named.length > 0) {
    for (const id of named) result.images.push(missingImageEntry(region, id, 'not-found'));
    const rest = batch.filter((id) => !named.includes(id));
    await describeBatch(reader, region, rest, accountId, result);
    return;
  }
  if (batch.length === 1) {
    result.images.push(missingImageEntry(region, batch[0] ?? '', 'not-found'));
    return;
  }
  const half = Math.ceil(batch.length / 2);
  await describeBatch(reader, region, batch.slice(0, half), accountId, result);
  await describeBatch(reader, region, batch.slice(half), accountId, result);
}

function markUnknown(region: string, batch: string[], result: ImageLookup, error: unknown) {
  const aws = error instanceof AwsError ? error : undefined;
  result.errors.push({
    operation: 'DescribeImages',
    region,
    code: aws?.awsCode ?? 'Error',
    message: error instanceof Error ? error.message : String(error),
  });
  for (const id of batch) result.images.push(missingImageEntry(region, id, 'unknown'));
}

/** EC2 names the bad ids in its message: "The image id '[ami-1, ami-2]' does not exist". */
function idsNamedIn(message: string): string[] {
  return message.match(/ami-[0-9a-z]+/gi) ?? [];
}
