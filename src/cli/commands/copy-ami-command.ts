import { ClientFactory } from '../../aws/client-factory.js';
import { copyAmi } from '../../copy/copy-ami.js';
import { resolveStackImage } from '../../copy/resolve-stack-image.js';
import type { CopyAmiOptions } from '../../copy/copy-ami-types.js';
import { UsageError } from '../../model/errors.js';
import { checkOutputFile } from '../../output/check-output-folder.js';
import { writeOne } from '../../output/write-artifacts.js';
import type { CliContext } from '../cli-context.js';
import { loadCliConfig, type CliConfig } from '../cli-config.js';
import { EXIT_OK } from '../exit-codes.js';
import { resolveAwsClientOptions } from '../resolve-collect-options.js';
import { booleanFlag, checkRegion, integerFlag, listFlag, stringFlag } from '../parse-flags.js';

/** `copy-ami`: copy an image to other regions once, with lineage tags on both sides. */
export async function runCopyAmi(flags: Record<string, unknown>, context: CliContext) {
  const config = await loadCliConfig(stringFlag(flags, 'config'));
  const out = stringFlag(flags, 'out');
  // checked before copying: a copy that cannot be recorded is easy to lose track of
  if (out !== undefined) await checkOutputFile(out);
  const clients = new ClientFactory(resolveAwsClientOptions(flags, config));
  try {
    const options = await resolveCopyOptions(flags, config, clients);
    const result = await copyAmi(options, {
      ec2For: (region) => clients.ec2(region),
      logger: context.progressLogger,
      clock: context.clock,
    });
    if (out !== undefined) await writeOne(out, `${JSON.stringify(result, null, 2)}\n`);
    return EXIT_OK;
  } finally {
    clients.destroy();
  }
}

async function resolveCopyOptions(
  flags: Record<string, unknown>,
  config: CliConfig | undefined,
  clients: ClientFactory,
): Promise<CopyAmiOptions> {
  const sourceRegion = checkRegion(
    required(stringFlag(flags, 'sourceRegion'), '--source-region'),
    '--source-region',
  );
  const toRegions = listFlag(flags, 'toRegion');
  const regions = (toRegions.length > 0 ? toRegions : (config?.copy?.to ?? [])).map((r) =>
    checkRegion(r, '--to-region'),
  );
  if (regions.length === 0) {
    throw new UsageError('copy-ami needs at least one --to-region', {
      hint: 'pass --to-region REGION (repeatable) or set copy.to in the config file',
    });
  }
  const kmsKeyId = stringFlag(flags, 'kmsKeyId') ?? config?.copy?.kmsKeyId;
  const waitTimeoutSeconds = integerFlag(flags, 'waitTimeout', '--wait-timeout', {
    min: 1,
    max: 86_400,
  });

  return {
    imageId: await sourceImageId(flags, sourceRegion, clients),
    sourceRegion,
    toRegions: regions,
    ...(kmsKeyId !== undefined ? { kmsKeyId } : {}),
    wait: booleanFlag(flags, 'wait'),
    ...(waitTimeoutSeconds !== undefined ? { waitTimeoutSeconds } : {}),
    dryRun: booleanFlag(flags, 'dryRun'),
  };
}

async function sourceImageId(
  flags: Record<string, unknown>,
  region: string,
  clients: ClientFactory,
) {
  const imageId = stringFlag(flags, 'imageId');
  const stack = stringFlag(flags, 'stack');
  const parameterKey = stringFlag(flags, 'amiParameter');
  if (imageId !== undefined && stack !== undefined) {
    throw new UsageError('--image-id and --stack cannot be combined', {
      hint: 'name the image, or the stack and its --ami-parameter',
    });
  }
  if (imageId !== undefined) return imageId;
  if (stack === undefined || parameterKey === undefined) {
    throw new UsageError('copy-ami needs --image-id, or --stack with --ami-parameter', {
      hint: 'for example: --image-id ami-0123456789abcdef0 --source-region eu-west-1',
    });
  }
  return resolveStackImage({ cfn: clients.cloudFormation(region), stack, parameterKey });
}

function required(value: string | undefined, flag: string): string {
  if (value === undefined) {
    throw new UsageError(`copy-ami needs ${flag}`, { hint: `pass ${flag} REGION` });
  }
  return value;
}
