import type { DeploymentState, Outcome, Severity } from '../../model/report.js';

/**
 * What the templates see: plain objects and arrays only, every date already ISO 8601 text.
 * Handlebars (4.6 and later) refuses to read inherited properties, so a class instance or a
 * getter here would render as an empty cell.
 */
export interface ReportView {
  title: string;
  generatedAt: string;
  now: string;
  generator: string;
  source: string;
  complete: boolean;
  incomplete?: IncompleteView;
  counts: CountsView;
  headline: string;
  stacks: StackView[];
  /** What to say in place of the stacks when there are none. */
  noStacksText: string;
  omitted: OmittedView;
  chart: AgeChartView;
  /** Where the full report is read when a short form leaves something out. */
  fullReportLocation: string;
  /** The same place as a link target; empty when it is not a URL. */
  fullReportUrl: string;
}

export interface CountsView {
  stacks: number;
  rows: number;
  /**
   * Distinct images (region and id) that the stacks run: rows with `running` false are left out.
   */
  images: number;
  /** Rows of stacks that run nothing (not deployed, deleted). */
  notRunningRows: number;
  errors: number;
  warnings: number;
  infos: number;
  problems: number;
  /** True when the problem counts come from the rows because no check has run. */
  fromRowStatus: boolean;
}

export interface IncompleteView {
  message: string;
  errors: CollectionErrorView[];
}

export interface CollectionErrorView {
  operation: string;
  region: string;
  stack: string;
  code: string;
  message: string;
  text: string;
}

export interface OmittedView {
  count: number;
  text: string;
  stacks: { stackName: string; region: string; reason: string }[];
}

export type StatusKey =
  | 'ok'
  | 'not-found'
  | 'unknown'
  | 'invalid'
  | 'not-set'
  | 'hidden'
  | 'pending'
  | 'failed'
  | 'other-state'
  | 'deprecated'
  | 'deprecation-scheduled'
  /** The stack's creation never finished (rolled back or failed): the image does not run. */
  | 'not-deployed'
  /** The stack is deleted: the image does not run. */
  | 'deleted';

export type Tone = 'good' | 'warning' | 'bad' | 'neutral';

export interface StackView {
  anchor: string;
  stackName: string;
  stackId: string;
  region: string;
  accountId: string;
  status: string;
  statusReason: string;
  deployment: DeploymentState;
  deploymentText: string;
  deploymentTone: Tone;
  createdAt: string;
  lastUpdatedAt: string;
  nestedIn: string;
  rows: RowView[];
  /** Findings about the stack as a whole (no parameter). */
  findings: FindingView[];
  problemCount: number;
}

export interface TagView {
  key: string;
  value: string;
}

export interface RowView {
  parameterKey: string;
  detectedBy: string;
  ssmParameter: string;
  /** Empty when the parameter holds no usable id (hidden, not set, invalid). */
  imageId: string;
  /** The value shown when there is no image id: `****`, the invalid text, or empty. */
  valueText: string;
  name: string;
  description: string;
  createdAt: string;
  ageDays: number | null;
  ageText: string;
  owner: string;
  state: string;
  status: StatusKey;
  statusText: string;
  tone: Tone;
  /** False when the stack does not run this image (not deployed, deleted). */
  running: boolean;
  keyTags: TagView[];
  tags: TagView[];
  /** Set when the row has no tags to show: "none" or "not visible (...)". */
  tagsNote: string;
  copiedFrom: string;
  copies: string[];
  findings: FindingView[];
  /** The findings worth a table cell: failed, waived or skipped. */
  notableFindings: FindingView[];
  passedChecks: number;
  problemCount: number;
}

export interface FindingView {
  check: string;
  severity: Severity;
  outcome: Outcome;
  label: string;
  tone: Tone;
  message: string;
  waiver: string;
}

export interface AgeChartView {
  width: number;
  height: number;
  bars: AgeBarView[];
  total: number;
  description: string;
}

export interface AgeBarView {
  label: string;
  count: number;
  /** Presentation attributes, precomputed: the templates only print them. */
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelY: number;
  countX: number;
  fill: string;
}
