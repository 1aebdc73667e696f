import { CreateTagsCommand, type EC2Client, type Tag } from '@aws-sdk/client-ec2';

import { callAws, hasAwsCode } from './call-aws.js';

export type Sleep = (milliseconds: number) => Promise<void>;

const ATTEMPTS = 5;
const RETRY_DELAY_MS = 2000;

/**
 * Adds or overwrites tags on one image. EC2 is eventually consistent: a copy that CopyImage just
 * returned can be unknown to CreateTags for a few seconds, so "not found" is retried briefly.
 */
export async function tagImage(
  ec2: EC2Client,
  region: string,
  imageId: string,
  tags: Tag[],
  sleep: Sleep,
): Promise<void> {
  const send = () =>
    callAws('CreateTags', region, () =>
      ec2.send(new CreateTagsCommand({ Resources: [imageId], Tags: tags })),
    );

  for (let attempt = 1; ; attempt += 1) {
    try {
      await send();
      return;
    } catch (error) {
      if (attempt >= ATTEMPTS || !hasAwsCode(error, 'InvalidAMIID.NotFound')) throw error;
      await sleep(RETRY_DELAY_MS);
    }
  }
}
