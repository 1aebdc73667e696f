import type {
  ChecksConfig,
  ConfigFile,
  CopyConfig,
  FailOn,
  ReportFormat,
  SelectionOptions,
  TargetConfig,
} from './config-types.js';

/**
 * The options a configuration file contributes, in the units the program uses. Only the keys
 * the file sets are present, so `{ ...defaults, ...fromFile, ...fromFlags }` lets flags win.
 */
export interface ConfigOptions {
  selection: Partial<SelectionOptions>;
  profile?: string;
  endpointUrl?: string;
  failOn?: FailOn;
  formats?: ReportFormat[];
  outDir?: string;
  markdownLimit?: number;
  detailsUrl?: string;
  maxAttempts?: number;
  timeoutMs?: number;
  concurrency?: number;
  redactTags?: string[];
  targets?: TargetConfig[];
  copy?: CopyConfig;
  checks: ChecksConfig;
}

export function toConfigOptions(file: ConfigFile): ConfigOptions {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- path is for messages only
  const { path, timeout, ...rest } = file;

  return timeout === undefined ? rest : { ...rest, timeoutMs: Math.round(timeout * 1000) };
}
