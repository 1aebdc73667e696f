import type { EC2Client, Image } from '@aws-sdk/client-ec2';

import type { SourceImage } from './copy-ami-types.js';
import { buildCopyTags, findMissingTags } from './copy-tags.js';
import { describeImage } from './describe-images.js';
import { tagImage, type Sleep } from './tag-image.js';

/**
 * Makes sure the copy carries the source's tags and `copied-from`. AWS applies the tags sent with
 * CopyImage, but an emulator may drop them and a copy found after an interrupted run may never
 * have had them, so the copy is read back and what is missing is added. Returns the copy as read.
 */
export async function ensureCopyTags(
  ec2: EC2Client,
  source: SourceImage,
  copy: { region: string; imageId: string },
  sleep: Sleep,
): Promise<Image | undefined> {
  const image = await describeImage(ec2, copy.region, copy.imageId);
  const missing = findMissingTags(buildCopyTags(source), image?.Tags);
  if (missing.length > 0) await tagImage(ec2, copy.region, copy.imageId, missing, sleep);

  return image;
}
