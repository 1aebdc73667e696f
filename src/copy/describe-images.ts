import {
  DescribeImagesCommand,
  type DescribeImagesCommandInput,
  type EC2Client,
  type Filter,
  type Image,
} from '@aws-sdk/client-ec2';

import { callAws, hasAwsCode } from './call-aws.js';

/** One image by id, or undefined when EC2 says it does not exist (deregistered, wrong region). */
export async function describeImage(
  ec2: EC2Client,
  region: string,
  imageId: string,
): Promise<Image | undefined> {
  try {
    const images = await describeAll(ec2, region, { ImageIds: [imageId] });
    return images.find((image) => image.ImageId === imageId);
  } catch (error) {
    if (hasAwsCode(error, 'InvalidAMIID.NotFound')) return undefined;
    throw error;
  }
}

/** Images this account owns in the region that match the filters, deprecated ones included. */
export function describeOwnImages(
  ec2: EC2Client,
  region: string,
  filters: Filter[],
): Promise<Image[]> {
  return describeAll(ec2, region, { Owners: ['self'], IncludeDeprecated: true, Filters: filters });
}

// No MaxResults: AWS rejects it together with ImageIds, and without it one page is the norm.
async function describeAll(
  ec2: EC2Client,
  region: string,
  input: DescribeImagesCommandInput,
): Promise<Image[]> {
  const images: Image[] = [];
  let nextToken: string | undefined;
  do {
    const page = await callAws('DescribeImages', region, () =>
      ec2.send(new DescribeImagesCommand({ ...input, NextToken: nextToken })),
    );
    images.push(...(page.Images ?? []));
    nextToken = page.NextToken;
  } while (nextToken);

  return images;
}
