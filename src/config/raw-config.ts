import type {
  CheckOverride,
  CheckSettings,
  RunSettings,
  TargetConfig,
  Waiver,
} from './config-types.js';

/** Tags as a file may write them: a map, or a list of KEY=VALUE strings. */
export type RawStackTags = Record<string, string> | string[];

export type RawTarget = Omit<TargetConfig, 'stackTags'> & { stackTags?: RawStackTags };

/** The shape schema/config.schema.json accepts; only trusted after validation. */
export interface RawConfig extends RunSettings {
  stacks?: string[];
  stackPrefix?: string;
  stackTags?: RawStackTags;
  regions?: string[];
  amiParameters?: string[];
  detectByType?: boolean;
  targets?: RawTarget[];
  copy?: { to: string | string[]; kmsKeyId?: string };
  checks?: Record<string, CheckSettings>;
  overrides?: CheckOverride[];
  waivers?: Waiver[];
}
