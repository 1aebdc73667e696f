/**
 * The report model: what a run found, as plain JSON-safe data. Every renderer, the diff and the
 * checks read only this. Dates are ISO 8601 UTC strings; lists are sorted so that the same input
 * gives the same bytes.
 */

export const SCHEMA_VERSION = 1;

export interface AmiReport {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: { name: string; version: string };
  /** The injected clock's time when the report was made. */
  generatedAt: string;
  /** False when anything could not be read; `errors` says what. */
  complete: boolean;
  source: ReportSource;
  stacks: StackEntry[];
  /** Every image referenced by a stack, once per region and id. */
  images: ImageEntry[];
  errors: CollectionError[];
  /** Check results; empty until the checks have run. */
  findings: Finding[];
  /** Stacks left out on purpose, such as nested stacks found by discovery. */
  omitted: OmittedStack[];
  stats: RunStats;
  /**
   * What the run was asked to read (several for a merged report). A baseline stack outside
   * every scope was not looked for, so the diff does not call it removed.
   */
  scopes?: RunScope[];
  /** Present when the report was made against a baseline. */
  diff?: DeploymentDiff;
}

export interface RunScope {
  /** Regions read. */
  regions: string[];
  /** The account read, when known (a target's role). */
  accountId?: string;
  /** Stacks named by name or ARN; absent when stacks were discovered. */
  stacks?: string[];
  /** Discovery filters. */
  stackPrefix?: string;
  stackTags?: { key: string; value: string }[];
}

export type ReportSource =
  | { kind: 'aws'; regions: string[] }
  | { kind: 'aws-cli'; directory: string }
  | { kind: 'merge'; parts: number };

/** How the stack's current parameters relate to what runs. */
export type DeploymentState =
  'deployed' | 'rolled-back' | 'not-deployed' | 'failed' | 'in-progress' | 'deleted';

export interface StackEntry {
  stackId: string;
  stackName: string;
  region: string;
  accountId: string;
  status: string;
  statusReason?: string;
  deployment: DeploymentState;
  createdAt: string;
  lastUpdatedAt?: string;
  parentId?: string;
  rootId?: string;
  parameters: AmiParameter[];
}

/** Why a parameter was taken for an AMI parameter. */
export type Detection = 'name' | 'value' | 'ssm' | 'type';

/**
 * resolved: `imageIds` holds one or more well-formed ids (a list parameter holds several).
 * hidden:   NoEcho, read back as `****`; never looked up, never compared.
 * not-set:  empty value.
 * invalid:  a value that is not an AMI id (`invalidValue` holds it).
 */
export type ValueState = 'resolved' | 'hidden' | 'not-set' | 'invalid';

export interface AmiParameter {
  key: string;
  detectedBy: Detection;
  valueState: ValueState;
  imageIds: string[];
  /** The SSM parameter name an SSM-typed parameter resolved from. */
  ssmParameter?: string;
  invalidValue?: string;
  /** The declared type, when known from the template summary. */
  type?: string;
}

/**
 * found: described by EC2. not-found: EC2 says it does not exist here (deregistered, another
 * region, not shared). unknown: the lookup failed for another reason (see errors).
 */
export type LookupState = 'found' | 'not-found' | 'unknown';

export interface ImageEntry {
  region: string;
  imageId: string;
  lookup: LookupState;
  name?: string;
  description?: string;
  createdAt?: string;
  ownerId?: string;
  ownerAlias?: string;
  state?: string;
  stateReason?: string;
  public?: boolean;
  deprecatedAt?: string;
  platform?: string;
  architecture?: string;
  /** Sorted by key. Absent when `tagsVisible` is false. */
  tags?: ImageTag[];
  /** False for an image owned by another account that came back with no tags. */
  tagsVisible: boolean;
  lineage?: ImageLineage;
}

export interface ImageTag {
  key: string;
  value: string;
}

export interface ImageLineage {
  /** Where this image was copied from (`region/imageId`), from its lineage tag. */
  copiedFrom?: { region: string; imageId: string };
  /** Copies recorded on this image, sorted by region. */
  copies: { region: string; imageId: string }[];
}

export interface CollectionError {
  operation: string;
  region?: string;
  stack?: string;
  code: string;
  message: string;
}

export interface OmittedStack {
  stackName: string;
  region: string;
  reason: 'nested';
  rootId?: string;
}

export interface RunStats {
  /** API calls per operation name, retries included. */
  calls: Record<string, number>;
  retries: number;
  durationMs: number;
}

export type Severity = 'error' | 'warning' | 'info';
export type Outcome = 'pass' | 'fail' | 'skip' | 'waived';

export interface Finding {
  check: string;
  severity: Severity;
  outcome: Outcome;
  stackId: string;
  stackName: string;
  region: string;
  parameterKey?: string;
  imageId?: string;
  message: string;
  waiver?: { reason: string; expires?: string; expired: boolean };
}

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged' | 'unknown';

export interface DeploymentDiff {
  baselineGeneratedAt: string;
  stacks: StackChange[];
  /** Failing findings that the baseline did not have. */
  newFindings: Finding[];
}

export interface StackChange {
  stackName: string;
  region: string;
  accountId: string;
  /** replaced: same name, new stack id. */
  change: 'added' | 'removed' | 'replaced' | 'present';
  /** The current stack id, or the last known one for a removed stack. */
  stackId?: string;
  /** The baseline's stack id of a replaced stack. */
  previousStackId?: string;
  /**
   * Set when the current run could not read a stack the baseline has (an error other than
   * "does not exist"): the stack is not called removed, and its parameters are 'unknown'.
   */
  notRead?: { code: string; message: string };
  parameters: ParameterChange[];
}

export interface ParameterChange {
  key: string;
  change: ChangeKind;
  before?: ImageSide;
  after?: ImageSide;
  tagChanges?: { key: string; before?: string; after?: string }[];
}

export interface ImageSide {
  imageIds: string[];
  valueState: ValueState;
  /** Null for an id that was not described: the same in memory as in the saved JSON. */
  names: (string | null)[];
  createdAt: (string | null)[];
  /** The SSM parameter name the ids were resolved from. */
  ssmParameter?: string;
  /** The value that is not an AMI id, when `valueState` is 'invalid'. */
  invalidValue?: string;
}
