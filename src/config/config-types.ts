import type { Severity } from '../model/report.js';

/** Which stacks to read and how to find their AMI parameters. */
export interface SelectionOptions {
  /** Stack names or ARNs; an ARN's region is used for that stack. Empty: discovery. */
  stacks: string[];
  stackPrefix?: string;
  /** Every KEY=VALUE must match a stack tag. */
  stackTags: { key: string; value: string }[];
  regions: string[];
  /** Parameter names (globs allowed: `*Ami`) whose values are AMI ids. */
  amiParameters: string[];
  /** Read parameter types with GetTemplateSummary (one call per stack). */
  detectByType: boolean;
}

/** The lowest severity of a failing result that makes the run fail (exit 1); `never`: off. */
export type FailOn = 'error' | 'warning' | 'never';

/** The check settings that only some checks read. */
export type CheckSettingName = 'days' | 'tags' | 'owners';

/** Settings of one check; every field is optional in the file. */
export interface CheckSettings {
  enabled?: boolean;
  severity?: Severity;
  /** Age and deprecation thresholds, in days, for the checks that use one. */
  days?: number;
  /** Tags that must be present; a value is a regular expression the tag value must match. */
  tags?: Record<string, string>;
  /** Allowed owners: account ids or aliases such as `amazon`. */
  owners?: string[];
}

/** A severity or enablement override for stacks/parameters matching globs. */
export interface CheckOverride {
  check: string;
  stack?: string;
  parameter?: string;
  severity?: Severity;
  enabled?: boolean;
}

export interface Waiver {
  check: string;
  stack?: string;
  parameter?: string;
  image?: string;
  reason: string;
  /** ISO date; after it the waiver no longer applies and the report says it expired. */
  expires?: string;
}

export interface ChecksConfig {
  checks: Record<string, CheckSettings>;
  overrides: CheckOverride[];
  waivers: Waiver[];
}

export const emptyChecksConfig = (): ChecksConfig => ({ checks: {}, overrides: [], waivers: [] });

export type ReportFormat = 'md' | 'html' | 'junit' | 'json';

export interface StackTag {
  key: string;
  value: string;
}

/** One account (reached through a role) and the regions and stacks to read in it. */
export interface TargetConfig {
  name?: string;
  roleArn?: string;
  externalId?: string;
  sessionName?: string;
  regions: string[];
  stacks?: string[];
  stackPrefix?: string;
  stackTags?: StackTag[];
}

/** Defaults for `copy-ami`: the destination regions and the KMS key for encrypted copies. */
export interface CopyConfig {
  to: string[];
  kmsKeyId?: string;
}

/** The keys a configuration file holds as they are, before and after normalising. */
export interface RunSettings {
  profile?: string;
  endpointUrl?: string;
  failOn?: FailOn;
  formats?: ReportFormat[];
  outDir?: string;
  markdownLimit?: number;
  detailsUrl?: string;
  maxAttempts?: number;
  /** Stop reading AWS after this many seconds (as --timeout). */
  timeout?: number;
  concurrency?: number;
  redactTags?: string[];
}

/**
 * A configuration file, validated and normalised: tags as KEY/VALUE lists, `copy.to` as a list.
 * Absent keys stay absent so that defaults and command-line flags can fill them.
 */
export interface ConfigFile extends RunSettings {
  /** The path it was read from, as given. */
  path: string;
  selection: Partial<SelectionOptions>;
  targets?: TargetConfig[];
  copy?: CopyConfig;
  checks: ChecksConfig;
}
