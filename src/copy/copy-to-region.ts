import type { EC2Client, Image } from '@aws-sdk/client-ec2';

import { copiedToKey } from '../model/lineage.js';
import type { Logger } from '../model/logger.js';
import type { CopyDestination, SourceImage } from './copy-ami-types.js';
import { describeDestination } from './describe-destination.js';
import { ensureCopyTags } from './ensure-copy-tags.js';
import { findExistingCopy, type ExistingCopy } from './find-existing-copy.js';
import { startCopy } from './start-copy.js';
import { tagImage, type Sleep } from './tag-image.js';
import type { ValidCopyOptions } from './validate-copy-options.js';

export interface CopyContext {
  source: SourceImage;
  options: ValidCopyOptions;
  ec2For: (region: string) => EC2Client;
  logger: Logger;
  sleep: Sleep;
}

/** Brings one destination region to "has exactly one recorded copy", or plans it on a dry run. */
export async function copyToRegion(context: CopyContext, region: string): Promise<CopyDestination> {
  const ec2 = context.ec2For(region);
  const existing = await findExistingCopy(ec2, context.source, region);
  if (existing.kind === 'recorded') return describeDestination(region, 'exists', existing.image);
  if (context.options.dryRun) return planDestination(context, region, existing);

  if (existing.kind === 'found') return recoverCopy(context, ec2, region, existing);
  return makeCopy(context, ec2, region, existing.staleId);
}

async function recoverCopy(
  context: CopyContext,
  ec2: EC2Client,
  region: string,
  found: { image: Image; staleId?: string },
): Promise<CopyDestination> {
  const imageId = found.image.ImageId ?? '';
  context.logger.debug(`${region}: found ${imageId}, a copy that was never recorded on the source`);
  await completeCopy(context, ec2, { region, imageId });

  const destination = describeDestination(region, 'recovered', found.image);
  return withNote(destination, found.staleId ? staleNote(found.staleId) : undefined);
}

async function makeCopy(
  context: CopyContext,
  ec2: EC2Client,
  region: string,
  staleId: string | undefined,
): Promise<CopyDestination> {
  const { source, options } = context;
  const request = { source, region, ...pickRequestFields(options.kmsKeyId, staleId) };
  context.logger.debug(`${region}: copying ${source.imageId} from ${source.region}`);
  const started = await startCopy(ec2, request);
  const image = await completeCopy(context, ec2, { region, imageId: started.imageId });

  const action = started.recovered ? 'recovered' : staleId ? 'replaced-stale' : 'copied';
  const destination = describeDestination(region, action, image, started.imageId);
  return withNote(destination, staleId ? staleNote(staleId) : undefined);
}

function pickRequestFields(kmsKeyId: string | undefined, replacing: string | undefined) {
  return { ...(kmsKeyId ? { kmsKeyId } : {}), ...(replacing ? { replacing } : {}) };
}

/** Tags the copy, then records it on the source: the record comes last, once the copy is whole. */
async function completeCopy(
  context: CopyContext,
  ec2: EC2Client,
  copy: { region: string; imageId: string },
): Promise<Image | undefined> {
  const { source } = context;
  const image = await ensureCopyTags(ec2, source, copy, context.sleep);
  const record = [{ Key: copiedToKey(copy.region), Value: copy.imageId }];
  await tagImage(
    context.ec2For(source.region),
    source.region,
    source.imageId,
    record,
    context.sleep,
  );

  return image;
}

function planDestination(
  context: CopyContext,
  region: string,
  existing: Exclude<ExistingCopy, { kind: 'recorded' }>,
): CopyDestination {
  if (existing.kind === 'found') {
    const destination = describeDestination(region, 'planned', existing.image);
    return withNote(
      destination,
      'would record this copy, left by an interrupted run, on the source',
    );
  }

  const stale = existing.staleId ? `${staleNote(existing.staleId)}; ` : '';
  return { region, action: 'planned', note: `${stale}would copy ${describeCopy(context)}` };
}

function describeCopy(context: CopyContext): string {
  const { source, options } = context;
  const encryption = options.kmsKeyId
    ? `, encrypted with ${options.kmsKeyId}`
    : source.encrypted
      ? ', encrypted with the default EBS key'
      : '';
  return `${source.imageId} as "${source.name}"${encryption}`;
}

function staleNote(staleId: string): string {
  return `recorded copy ${staleId} no longer exists`;
}

function withNote(destination: CopyDestination, note: string | undefined): CopyDestination {
  return note ? { ...destination, note } : destination;
}
