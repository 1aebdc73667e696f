import type { AwsClientOptions } from '../aws/client-factory.js';
import type { SelectionOptions } from '../config/config-types.js';
import { UsageError } from '../model/errors.js';
import type { CollectSourceOptions } from '../pipeline/collect-from-source.js';
import type { CliConfig } from './cli-config.js';
import {
  booleanFlag,
  checkRegion,
  integerFlag,
  listFlag,
  parseStackTag,
  stringFlag,
} from './parse-flags.js';

/** Flags win over the config file; lists given as flags replace the file's lists. */
export function resolveCollectOptions(
  flags: Record<string, unknown>,
  config: CliConfig | undefined,
): CollectSourceOptions {
  const selection = resolveSelection(flags, config?.selection ?? {});
  const fromAwsCli = stringFlag(flags, 'fromAwsCli');
  const timeoutSeconds =
    integerFlag(flags, 'timeout', '--timeout', { min: 1, max: 86_400 }) ??
    (config?.timeoutMs !== undefined ? config.timeoutMs / 1000 : undefined);
  const concurrency =
    integerFlag(flags, 'concurrency', '--concurrency', { min: 1, max: 64 }) ?? config?.concurrency;

  return {
    selection,
    ...(fromAwsCli !== undefined ? { fromAwsCli } : {}),
    aws: resolveAwsClientOptions(flags, config),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(config?.targets && !namesStacks(flags) ? { targets: config.targets } : {}),
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
  };
}

/** --profile, --endpoint-url and --max-attempts, for every command that calls AWS. */
export function resolveAwsClientOptions(
  flags: Record<string, unknown>,
  config: CliConfig | undefined,
): Omit<AwsClientOptions, 'stats'> {
  const endpointUrl = stringFlag(flags, 'endpointUrl') ?? config?.endpointUrl;
  if (endpointUrl !== undefined) checkUrl(endpointUrl, '--endpoint-url');
  const profile = stringFlag(flags, 'profile') ?? config?.profile;
  const maxAttempts =
    integerFlag(flags, 'maxAttempts', '--max-attempts', { min: 1, max: 50 }) ?? config?.maxAttempts;
  return {
    ...(profile !== undefined ? { profile } : {}),
    ...(endpointUrl !== undefined ? { endpointUrl } : {}),
    ...(maxAttempts !== undefined ? { maxAttempts } : {}),
  };
}

function resolveSelection(
  flags: Record<string, unknown>,
  fromFile: Partial<SelectionOptions>,
): SelectionOptions {
  const pick = (flag: string[], file: string[] | undefined) =>
    flag.length > 0 ? flag : (file ?? []);
  const tagFlags = listFlag(flags, 'stackTag').map(parseStackTag);
  const selection: SelectionOptions = {
    stacks: pick(listFlag(flags, 'stack'), fromFile.stacks),
    stackTags: tagFlags.length > 0 ? tagFlags : (fromFile.stackTags ?? []),
    regions: pick(listFlag(flags, 'region'), fromFile.regions).map((r) => checkRegion(r)),
    amiParameters: pick(listFlag(flags, 'amiParameter'), fromFile.amiParameters),
    detectByType: booleanFlag(flags, 'detectByType') || fromFile.detectByType === true,
  };
  const prefix = stringFlag(flags, 'stackPrefix') ?? fromFile.stackPrefix;
  if (prefix !== undefined) selection.stackPrefix = prefix;
  checkSelection(selection);
  return selection;
}

function checkSelection(selection: SelectionOptions): void {
  const discovery = selection.stackPrefix !== undefined || selection.stackTags.length > 0;
  if (selection.stacks.length > 0 && discovery) {
    throw new UsageError('--stack cannot be combined with --stack-prefix or --stack-tag', {
      hint: 'name the stacks, or let discovery find them, not both',
    });
  }
}

function checkUrl(value: string, flag: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new UsageError(`${flag} ${value} is not an http(s) URL`, {
      hint: `pass ${flag} like http://127.0.0.1:5000`,
    });
  }
}

/** Stacks or regions named on the command line replace the config file's targets. */
function namesStacks(flags: Record<string, unknown>): boolean {
  return (
    ['stack', 'region', 'stackTag'].some((name) => listFlag(flags, name).length > 0) ||
    stringFlag(flags, 'stackPrefix') !== undefined
  );
}
