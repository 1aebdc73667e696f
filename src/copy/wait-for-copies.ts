import type { EC2Client } from '@aws-sdk/client-ec2';

import type { Clock } from '../model/clock.js';
import { ReportError } from '../model/errors.js';
import type { Logger } from '../model/logger.js';
import type { CopyDestination } from './copy-ami-types.js';
import { describeDestination } from './describe-destination.js';
import { describeImage } from './describe-images.js';
import type { Sleep } from './tag-image.js';

export const POLL_INTERVAL_MS = 15_000;

export interface WaitContext {
  ec2For: (region: string) => EC2Client;
  logger: Logger;
  sleep: Sleep;
  clock: Clock;
  timeoutSeconds: number;
}

/** Polls the pending copies until none is pending; a timeout names the ones still pending. */
export async function waitForCopies(
  destinations: CopyDestination[],
  context: WaitContext,
): Promise<CopyDestination[]> {
  const started = context.clock().getTime();
  const deadline = started + context.timeoutSeconds * 1000;
  let current = destinations;

  while (current.some(isPending)) {
    const now = context.clock().getTime();
    if (now >= deadline) throw timeoutError(current, context.timeoutSeconds);

    await context.sleep(Math.min(POLL_INTERVAL_MS, deadline - now));
    current = await Promise.all(current.map((destination) => refresh(destination, context)));
    context.logger.info(describeProgress(current, context.clock().getTime() - started));
  }
  return current;
}

function isPending(destination: CopyDestination): boolean {
  return destination.state === 'pending' && destination.action !== 'planned';
}

async function refresh(
  destination: CopyDestination,
  context: WaitContext,
): Promise<CopyDestination> {
  if (!isPending(destination) || !destination.imageId) return destination;

  const { region, imageId, action, note } = destination;
  const image = await describeImage(context.ec2For(region), region, imageId);
  const refreshed = image
    ? describeDestination(region, action, image)
    : { region, imageId, action, state: 'failed', stateReason: 'the copy disappeared' };
  return note ? { ...refreshed, note } : refreshed;
}

function describeProgress(destinations: CopyDestination[], elapsedMs: number): string {
  const states = destinations
    .filter((destination) => destination.imageId && destination.action !== 'planned')
    .map((destination) => `${destination.region} ${destination.imageId} ${destination.state}`);
  return `waiting for copies (${Math.round(elapsedMs / 1000)} s): ${states.join(', ')}`;
}

function timeoutError(destinations: CopyDestination[], timeoutSeconds: number): ReportError {
  const pending = destinations
    .filter(isPending)
    .map((destination) => `${destination.region} ${destination.imageId}`);
  return new ReportError(
    'TIMEOUT',
    `copies still pending after ${timeoutSeconds} s: ${pending.join(', ')}`,
    { hint: 'the copies go on in AWS; run copy-ami again with --wait, or raise --wait-timeout' },
  );
}
