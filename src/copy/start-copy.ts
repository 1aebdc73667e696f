import {
  CopyImageCommand,
  type CopyImageCommandInput,
  type EC2Client,
  type Image,
} from '@aws-sdk/client-ec2';

import { AwsError } from '../model/errors.js';
import { COPIED_FROM_KEY, formatCopiedFrom } from '../model/lineage.js';
import { callAws, hasAwsCode } from './call-aws.js';
import { makeClientToken } from './client-token.js';
import type { SourceImage } from './copy-ami-types.js';
import { buildCopyTags } from './copy-tags.js';
import { describeOwnImages } from './describe-images.js';

export interface CopyRequest {
  source: SourceImage;
  region: string;
  kmsKeyId?: string;
  /** A recorded copy that no longer exists and that this copy replaces. */
  replacing?: string;
}

/** recovered: EC2 refused the name because this source's copy already holds it. */
export interface StartedCopy {
  imageId: string;
  recovered: boolean;
}

/** Starts the copy in the destination region. */
export async function startCopy(ec2: EC2Client, request: CopyRequest): Promise<StartedCopy> {
  const input = buildCopyImageInput(request);
  try {
    const output = await callAws('CopyImage', request.region, () =>
      ec2.send(new CopyImageCommand(input)),
    );
    return { imageId: readCopyId(output.ImageId, request.region), recovered: false };
  } catch (error) {
    if (!hasAwsCode(error, 'InvalidAMIName.Duplicate')) throw error;
    return { imageId: await claimImageByName(ec2, request, error), recovered: true };
  }
}

/**
 * The CopyImage request. The tags go in with the copy so that a tag-on-create policy accepts it;
 * an encrypted source is never copied with `Encrypted: false`, which EC2 refuses.
 */
export function buildCopyImageInput(request: CopyRequest): CopyImageCommandInput {
  const { source, region } = request;
  const tags = buildCopyTags(source);

  return {
    SourceRegion: source.region,
    SourceImageId: source.imageId,
    Name: source.name,
    ...(source.description ? { Description: source.description } : {}),
    ClientToken: makeClientToken(source, region, request.replacing),
    ...buildEncryption(request),
    TagSpecifications: [
      { ResourceType: 'image', Tags: tags },
      { ResourceType: 'snapshot', Tags: tags },
    ],
  };
}

function buildEncryption(
  request: CopyRequest,
): Pick<CopyImageCommandInput, 'Encrypted' | 'KmsKeyId'> {
  if (request.kmsKeyId) return { Encrypted: true, KmsKeyId: request.kmsKeyId };
  return request.source.encrypted ? { Encrypted: true } : {};
}

function readCopyId(imageId: string | undefined, region: string): string {
  if (imageId) return imageId;
  throw new AwsError(
    'EmptyResponse',
    'CopyImage',
    region,
    `CopyImage in ${region} returned no id`,
    {
      hint: 'run again; the copy, if started, is then found by its copied-from tag',
    },
  );
}

/**
 * Image names are unique per account and region. When the image holding the name is a copy of
 * this source (made by a run that stopped before recording it), it is taken over; any other
 * image is a conflict for the user to resolve.
 */
async function claimImageByName(
  ec2: EC2Client,
  request: CopyRequest,
  duplicate: unknown,
): Promise<string> {
  const { source, region } = request;
  const images = await describeOwnImages(ec2, region, [{ Name: 'name', Values: [source.name] }]);
  const holder = images[0];
  if (!holder?.ImageId) throw duplicate;
  if (readCopiedFrom(holder) === formatCopiedFrom(source)) return holder.ImageId;

  throw new AwsError(
    'InvalidAMIName.Duplicate',
    'CopyImage',
    region,
    describeConflict(request, holder),
    {
      hint: `deregister or rename ${holder.ImageId} in ${region}, then run again`,
      cause: duplicate,
    },
  );
}

function readCopiedFrom(image: Image): string | undefined {
  return image.Tags?.find((tag) => tag.Key === COPIED_FROM_KEY)?.Value;
}

function describeConflict(request: CopyRequest, holder: Image): string {
  const { source, region } = request;
  const origin = readCopiedFrom(holder);
  const what = origin ? `a copy of ${origin}` : 'not a copy made by this tool';
  return (
    `cannot copy ${source.imageId} to ${region}: image ${holder.ImageId} there already has the ` +
    `name "${source.name}" and is ${what}`
  );
}
