import { toConfigOptions, type ConfigOptions } from '../config/config-options.js';
import { loadConfigFile } from '../config/load-config-file.js';

/** What the CLI takes from a config file; flags given on the command line win. */
export type CliConfig = ConfigOptions;

export async function loadCliConfig(path: string | undefined): Promise<CliConfig | undefined> {
  if (path === undefined) return undefined;
  return toConfigOptions(await loadConfigFile(path));
}
