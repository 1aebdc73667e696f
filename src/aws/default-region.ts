import { CloudFormationClient } from '@aws-sdk/client-cloudformation';

import type { SelectionOptions } from '../config/config-types.js';

/**
 * The region the SDK would use (AWS_REGION, AWS_DEFAULT_REGION, the profile's `region`), or
 * undefined. Only asked when the selection gives no region of its own.
 */
export async function resolveDefaultRegion(
  selection: SelectionOptions,
  profile: string | undefined,
): Promise<string | undefined> {
  if (selection.regions.length > 0) return undefined;
  const fromEnv = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (fromEnv) return fromEnv;

  const client = new CloudFormationClient(profile ? { profile } : {});
  try {
    return await client.config.region();
  } catch {
    // no region anywhere: the caller decides whether one is needed (ARNs carry their own)
    return undefined;
  } finally {
    client.destroy();
  }
}
