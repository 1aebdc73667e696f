import type { ConfigFile } from './config-types.js';

/**
 * The options a configuration file contributes, in the units the program uses. Only the keys
 * the file sets are present, so `{ ...defaults, ...fromFile, ...fromFlags }` lets flags win.
 */
export type ConfigOptions = Omit<ConfigFile, 'path' | 'timeout'> & {
  /** The file's `timeout`, in milliseconds. */
  timeoutMs?: number;
};

export function toConfigOptions(file: ConfigFile): ConfigOptions {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- path is for messages only
  const { path, timeout, ...rest } = file;

  return timeout === undefined ? rest : { ...rest, timeoutMs: Math.round(timeout * 1000) };
}
