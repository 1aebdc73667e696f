import type { Image } from '@aws-sdk/client-ec2';

import type { CopyDestination } from './copy-ami-types.js';

/** A destination as EC2 last showed it; a failed copy keeps EC2's reason. */
export function describeDestination(
  region: string,
  action: CopyDestination['action'],
  image: Image | undefined,
  fallbackId?: string,
): CopyDestination {
  const imageId = image?.ImageId ?? fallbackId;
  // a copy just started may not be visible yet; EC2 starts every copy as pending
  const state = image?.State ?? (imageId ? 'pending' : undefined);
  const reason = image?.StateReason?.Message;

  return {
    region,
    action,
    ...(imageId ? { imageId } : {}),
    ...(state ? { state } : {}),
    ...(state === 'failed' ? { stateReason: reason ?? 'EC2 gave no reason' } : {}),
  };
}
