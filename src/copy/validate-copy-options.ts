import { isAmiId } from '../ami/ami-id.js';
import { UsageError } from '../model/errors.js';
import type { CopyAmiOptions } from './copy-ami-types.js';
import { assertKmsKeyRegion } from './kms-key-region.js';

export const DEFAULT_WAIT_TIMEOUT_SECONDS = 3600;

/** The options after checking, with destinations deduplicated and sorted. */
export interface ValidCopyOptions {
  imageId: string;
  sourceRegion: string;
  toRegions: string[];
  kmsKeyId?: string;
  wait: boolean;
  waitTimeoutSeconds: number;
  dryRun: boolean;
}

/** Refuses options that cannot work before any AWS call is made. */
export function validateCopyOptions(options: CopyAmiOptions): ValidCopyOptions {
  const imageId = options.imageId.trim();
  assertImageId(imageId);
  const toRegions = readDestinations(options);
  const kmsKeyId = options.kmsKeyId?.trim() || undefined;
  if (kmsKeyId) toRegions.forEach((region) => assertKmsKeyRegion(kmsKeyId, region));

  return {
    imageId,
    sourceRegion: options.sourceRegion.trim(),
    toRegions,
    ...(kmsKeyId ? { kmsKeyId } : {}),
    wait: options.wait ?? false,
    waitTimeoutSeconds: readWaitTimeout(options.waitTimeoutSeconds),
    dryRun: options.dryRun ?? false,
  };
}

function assertImageId(imageId: string): void {
  if (isAmiId(imageId)) return;

  throw new UsageError(`--image-id ${JSON.stringify(imageId)} is not an AMI id`, {
    hint: 'pass an id such as ami-0123456789abcdef0, or --stack NAME --ami-parameter KEY',
  });
}

function readDestinations(options: CopyAmiOptions): string[] {
  const source = options.sourceRegion.trim();
  if (source === '')
    throw new UsageError('no source region is set', { hint: 'pass --source-region' });

  const regions = [...new Set(options.toRegions.map((region) => region.trim()))]
    .filter((region) => region !== '')
    .sort();
  if (regions.length === 0) {
    throw new UsageError('no destination region is set', { hint: 'pass --to-region REGION' });
  }
  if (regions.includes(source)) {
    throw new UsageError(`--to-region ${source} is the source region itself`, {
      hint: 'an AMI is copied to other regions; leave the source region out of --to-region',
    });
  }
  return regions;
}

function readWaitTimeout(seconds: number | undefined): number {
  if (seconds === undefined) return DEFAULT_WAIT_TIMEOUT_SECONDS;
  if (Number.isFinite(seconds) && seconds > 0) return seconds;

  throw new UsageError(`--wait-timeout ${seconds} is not a positive number of seconds`, {
    hint: `leave it out for ${DEFAULT_WAIT_TIMEOUT_SECONDS} s, or pass a positive number`,
  });
}
