import { UsageError } from '../model/errors.js';

/**
 * The region a KMS key ARN (key or alias) names; undefined for a bare key id or alias name,
 * which EC2 resolves in the destination region itself.
 */
export function readKmsKeyRegion(kmsKeyId: string): string | undefined {
  if (!kmsKeyId.startsWith('arn:')) return undefined;

  const [, , service, region] = kmsKeyId.split(':');
  if (service !== 'kms' || !region) {
    throw new UsageError(`--kms-key-id ${kmsKeyId} is not a KMS key ARN`, {
      hint: 'pass a key ARN such as arn:aws:kms:REGION:ACCOUNT:key/ID, a key id or alias/NAME',
    });
  }
  return region;
}

/**
 * EC2 encrypts a copy's snapshots with a key of the destination region only; a key from any
 * other region makes the copy fail after a long wait, so it is refused before anything is sent.
 */
export function assertKmsKeyRegion(kmsKeyId: string, destinationRegion: string): void {
  const keyRegion = readKmsKeyRegion(kmsKeyId);
  if (keyRegion === undefined || keyRegion === destinationRegion) return;

  throw new UsageError(
    `KMS key ${kmsKeyId} is in ${keyRegion}, but the copy goes to ${destinationRegion}: ` +
      `EC2 can only encrypt the copy with a key in ${destinationRegion}`,
    {
      hint:
        `pass a key from ${destinationRegion}; ` +
        'copy to one region per run when each region needs its own key',
    },
  );
}
