import type { EC2Client, Image } from '@aws-sdk/client-ec2';

import { InputError } from '../model/errors.js';
import type { SourceImage } from './copy-ami-types.js';
import { readImageTags } from './copy-tags.js';
import { describeImage } from './describe-images.js';

/** The image to copy, read once from its own region. */
export async function describeSourceImage(
  ec2: EC2Client,
  region: string,
  imageId: string,
): Promise<SourceImage> {
  const image = await describeImage(ec2, region, imageId);
  if (!image) {
    throw new InputError(`image ${imageId} does not exist in ${region}`, {
      hint: 'AMI ids are regional: check --image-id and --source-region',
    });
  }

  return {
    region,
    imageId,
    name: image.Name ?? imageId,
    ...(image.Description ? { description: image.Description } : {}),
    encrypted: isEncrypted(image),
    tags: readImageTags(image.Tags),
  };
}

/** Any encrypted EBS snapshot makes the whole copy encrypted. */
function isEncrypted(image: Image): boolean {
  return (image.BlockDeviceMappings ?? []).some((mapping) => mapping.Ebs?.Encrypted === true);
}
