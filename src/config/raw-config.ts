import type { CheckOverride, CheckSettings, FailOn, ReportFormat, Waiver } from './config-types.js';

/** Tags as a file may write them: a map, or a list of KEY=VALUE strings. */
export type RawStackTags = Record<string, string> | string[];

export interface RawTarget {
  name?: string;
  roleArn?: string;
  externalId?: string;
  sessionName?: string;
  regions: string[];
  stacks?: string[];
  stackPrefix?: string;
  stackTags?: RawStackTags;
}

/** The shape schema/config.schema.json accepts; only trusted after validation. */
export interface RawConfig {
  stacks?: string[];
  stackPrefix?: string;
  stackTags?: RawStackTags;
  regions?: string[];
  amiParameters?: string[];
  detectByType?: boolean;
  profile?: string;
  endpointUrl?: string;
  failOn?: FailOn;
  formats?: ReportFormat[];
  outDir?: string;
  markdownLimit?: number;
  detailsUrl?: string;
  maxAttempts?: number;
  timeout?: number;
  concurrency?: number;
  redactTags?: string[];
  targets?: RawTarget[];
  copy?: { to: string | string[]; kmsKeyId?: string };
  checks?: Record<string, CheckSettings>;
  overrides?: CheckOverride[];
  waivers?: Waiver[];
}
