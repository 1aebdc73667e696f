import { toConfigOptions, type ConfigOptions } from '../config/config-options.js';

/** What the CLI takes from a config file; flags given on the command line win. */
export type CliConfig = ConfigOptions;

export async function loadCliConfig(path: string | undefined): Promise<CliConfig | undefined> {
  if (path === undefined) return undefined;
  // the YAML parser and the schema validator load only for a run that has a config file
  const { loadConfigFile } = await import('../config/load-config-file.js');
  return toConfigOptions(await loadConfigFile(path));
}
