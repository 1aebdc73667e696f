import type {
  ChecksConfig,
  ConfigFile,
  SelectionOptions,
  StackTag,
  TargetConfig,
} from './config-types.js';
import type { RawConfig, RawStackTags, RawTarget } from './raw-config.js';

/** Turns a validated file into a ConfigFile; keys the file leaves out stay absent. */
export function normalizeConfig(raw: RawConfig, path: string): ConfigFile {
  const { stacks, stackPrefix, stackTags, regions, amiParameters, detectByType } = raw;
  const { checks, overrides, waivers, targets, copy, ...options } = raw;
  const selection: Partial<SelectionOptions> = dropUndefined({
    stacks,
    stackPrefix,
    stackTags: stackTags === undefined ? undefined : toStackTags(stackTags),
    regions,
    amiParameters,
    detectByType,
  });

  return dropUndefined({
    path,
    selection,
    ...pickOptions(options),
    targets: targets?.map(toTarget),
    copy: copy && dropUndefined({ to: toList(copy.to), kmsKeyId: copy.kmsKeyId }),
    checks: toChecksConfig(checks, overrides, waivers),
  });
}

/** `KEY=VALUE` splits at the first `=`, so values may hold `=`; sorted by key. */
export function toStackTags(tags: RawStackTags): StackTag[] {
  const pairs = Array.isArray(tags)
    ? tags.map((tag) => [tag.slice(0, tag.indexOf('=')), tag.slice(tag.indexOf('=') + 1)])
    : Object.entries(tags);

  return pairs
    .map(([key = '', value = '']) => ({ key, value }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function pickOptions(options: Omit<RawConfig, 'checks' | 'overrides' | 'waivers'>) {
  const { profile, endpointUrl, failOn, formats, outDir, markdownLimit, detailsUrl } = options;
  const { maxAttempts, timeout, concurrency, redactTags } = options;

  return {
    ...{ profile, endpointUrl, failOn, formats, outDir, markdownLimit, detailsUrl },
    ...{ maxAttempts, timeout, concurrency, redactTags },
  };
}

function toTarget(raw: RawTarget): TargetConfig {
  return dropUndefined({
    ...raw,
    stackTags: raw.stackTags === undefined ? undefined : toStackTags(raw.stackTags),
  });
}

function toChecksConfig(
  checks: RawConfig['checks'],
  overrides: RawConfig['overrides'],
  waivers: RawConfig['waivers'],
): ChecksConfig {
  return { checks: checks ?? {}, overrides: overrides ?? [], waivers: waivers ?? [] };
}

function toList(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

// Absent, not undefined: `{ ...fromFile, ...fromFlags }` must not blank out a value.
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
