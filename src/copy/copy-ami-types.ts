import type { EC2Client } from '@aws-sdk/client-ec2';

import type { Clock } from '../model/clock.js';
import type { Logger } from '../model/logger.js';
import type { ImageTag } from '../model/report.js';

export interface CopyAmiOptions {
  imageId: string;
  sourceRegion: string;
  /** One or more destinations; repeats are dropped, the source region is refused. */
  toRegions: string[];
  /** The key for the copies' snapshots; it must live in the destination region. */
  kmsKeyId?: string;
  /** Wait until every copy is available (or failed). */
  wait?: boolean;
  waitTimeoutSeconds?: number;
  /** Plan only: read what exists, change nothing. */
  dryRun?: boolean;
}

export interface CopyAmiDeps {
  ec2For: (region: string) => EC2Client;
  logger: Logger;
  sleep?: (milliseconds: number) => Promise<void>;
  clock?: Clock;
}

/**
 * copied:         a new copy was started and recorded on both images.
 * exists:         the copy recorded on the source is still there; nothing was done.
 * recovered:      a copy made by an earlier, interrupted run was found and recorded.
 * replaced-stale: the copy recorded on the source was gone; a new one replaced it.
 * planned:        dry run; `note` says what would be done.
 */
export type CopyAction = 'copied' | 'exists' | 'recovered' | 'replaced-stale' | 'planned';

export interface CopyDestination {
  region: string;
  imageId?: string;
  action: CopyAction;
  /** The copy's EC2 state (`pending`, `available`, `failed`) when last seen. */
  state?: string;
  /** EC2's reason for a failed copy. */
  stateReason?: string;
  note?: string;
}

export interface CopyAmiResult {
  source: { region: string; imageId: string; name: string };
  destinations: CopyDestination[];
}

/** The source image as the copy needs it. */
export interface SourceImage {
  region: string;
  imageId: string;
  name: string;
  description?: string;
  encrypted: boolean;
  tags: ImageTag[];
}
