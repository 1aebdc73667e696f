import { systemClock } from '../model/clock.js';
import { AwsError } from '../model/errors.js';
import type {
  CopyAmiDeps,
  CopyAmiOptions,
  CopyAmiResult,
  CopyDestination,
} from './copy-ami-types.js';
import { copyToRegion, type CopyContext } from './copy-to-region.js';
import { describeSourceImage } from './describe-source-image.js';
import { formatCopyLine } from './format-copy-line.js';
import { validateCopyOptions } from './validate-copy-options.js';
import { waitForCopies } from './wait-for-copies.js';

const realSleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * Copies one AMI to other regions, once per region however often it runs, and records the
 * lineage on both images: `copied-to:<region>` on the source, `copied-from` on each copy.
 * Each destination's outcome is logged as one line as soon as it is known.
 */
export async function copyAmi(options: CopyAmiOptions, deps: CopyAmiDeps): Promise<CopyAmiResult> {
  const valid = validateCopyOptions(options);
  const sleep = deps.sleep ?? realSleep;
  const sourceEc2 = deps.ec2For(valid.sourceRegion);
  const source = await describeSourceImage(sourceEc2, valid.sourceRegion, valid.imageId);

  const context: CopyContext = { ...deps, source, options: valid, sleep };
  const started = await copyToEachRegion(context);
  const destinations =
    valid.wait && !valid.dryRun ? await waitFor(started, context, deps) : started;
  if (!valid.dryRun) assertNoFailedCopy(destinations);

  return {
    source: { region: source.region, imageId: source.imageId, name: source.name },
    destinations,
  };
}

// One region after the other, so that the log reads in order and a failure stops the rest.
async function copyToEachRegion(context: CopyContext): Promise<CopyDestination[]> {
  const destinations: CopyDestination[] = [];
  for (const region of context.options.toRegions) {
    const destination = await copyToRegion(context, region);
    context.logger.info(formatCopyLine(destination));
    destinations.push(destination);
  }
  return destinations;
}

function waitFor(
  destinations: CopyDestination[],
  context: CopyContext,
  deps: CopyAmiDeps,
): Promise<CopyDestination[]> {
  return waitForCopies(destinations, {
    ...context,
    clock: deps.clock ?? systemClock,
    timeoutSeconds: context.options.waitTimeoutSeconds,
  });
}

function assertNoFailedCopy(destinations: CopyDestination[]): void {
  const failed = destinations.filter((destination) => destination.state === 'failed');
  const first = failed[0];
  if (!first) return;

  const list = failed.map((d) => `${d.imageId} in ${d.region}: ${d.stateReason ?? 'no reason'}`);
  throw new AwsError(
    'ImageStateFailed',
    'CopyImage',
    first.region,
    `copy failed: ${list.join('; ')}`,
    {
      hint: 'deregister the failed copy and run again; a new copy then replaces it',
    },
  );
}
