import type { DeploymentDiff, Finding, ParameterChange, StackChange } from '../../model/report.js';
import { escapeMarkdownCell, markdownCodeCell } from '../markdown/escape-markdown.js';
import {
  afterCell,
  ageCell,
  beforeCell,
  changeCell,
  sideCell,
  stackCell,
  tagChangesCell,
} from './diff-cells.js';
import type { TableBlock, TableRow } from './fit-blocks.js';

/** The row categories, named as the truncation note names them. */
export const CHANGE_ROW = 'changes';
export const UNKNOWN_ROW = 'not comparable';
export const UNCHANGED_ROW = 'unchanged';
export const FINDING_ROW = 'new check failures';

const CHANGE_HEADER = [
  'Stack',
  'Region',
  'Parameter',
  'Change',
  'Before',
  'After',
  'Age difference',
  'Tag changes',
];
const UNCHANGED_HEADER = ['Stack', 'Region', 'Parameter', 'AMI'];
const FINDING_HEADER = ['Severity', 'Check', 'Stack', 'Region', 'Parameter', 'Image', 'Message'];

/** One parameter of one stack, or a stack with no AMI parameters (`parameter` undefined). */
interface DiffEntry {
  stack: StackChange;
  parameter: ParameterChange | undefined;
}

/** Changed rows first, then those that cannot be compared; undefined when there are none. */
export function buildChangeTable(diff: DeploymentDiff, heading: string): TableBlock | undefined {
  const entries = listEntries(diff);
  const showAccount = spansAccounts(diff);
  const changed = entries.filter((entry) => categorise(entry) === CHANGE_ROW);
  const unknown = entries.filter((entry) => categorise(entry) === UNKNOWN_ROW);
  const rows = [...changed, ...unknown].map((entry) => ({
    text: formatRow(changeCells(entry, showAccount)),
    category: categorise(entry),
  }));
  return tableBlock(`#### ${heading}\n\n`, CHANGE_HEADER, rows, '');
}

/** The unchanged parameters, folded away: they are there for reference, not for review. */
export function buildUnchangedTable(diff: DeploymentDiff): TableBlock | undefined {
  const entries = listEntries(diff).filter((entry) => categorise(entry) === UNCHANGED_ROW);
  const showAccount = spansAccounts(diff);
  const rows = entries.map((entry) => ({
    text: formatRow(unchangedCells(entry, showAccount)),
    category: UNCHANGED_ROW,
  }));
  const label = rows.length === 1 ? 'AMI parameter' : 'AMI parameters';
  const prefix = `<details>\n<summary>${rows.length} unchanged ${label}</summary>\n\n`;
  return tableBlock(prefix, UNCHANGED_HEADER, rows, '\n\n</details>');
}

export function buildFindingTable(diff: DeploymentDiff): TableBlock | undefined {
  const rows = diff.newFindings.map((finding) => ({
    text: formatRow(findingCells(finding)),
    category: FINDING_ROW,
  }));
  return tableBlock('#### New check failures since the baseline\n\n', FINDING_HEADER, rows, '');
}

function listEntries(diff: DeploymentDiff): DiffEntry[] {
  return diff.stacks.flatMap((stack): DiffEntry[] =>
    stack.parameters.length > 0
      ? stack.parameters.map((parameter) => ({ stack, parameter }))
      : [{ stack, parameter: undefined }],
  );
}

/** A whole-stack change puts every parameter of the stack among the changes. */
function categorise({ stack, parameter }: DiffEntry): string {
  if (parameter?.change === 'unknown' || (!parameter && stack.notRead)) return UNKNOWN_ROW;
  if (stack.change !== 'present') return CHANGE_ROW;
  return parameter?.change === 'unchanged' || !parameter ? UNCHANGED_ROW : CHANGE_ROW;
}

function changeCells({ stack, parameter }: DiffEntry, showAccount: boolean): string[] {
  const lead = [stackCell(stack, showAccount), escapeMarkdownCell(stack.region)];
  if (!parameter) return [...lead, '—', 'no AMI parameters', '—', '—', '—', '—'];

  return [
    ...lead,
    escapeMarkdownCell(parameter.key),
    changeCell(stack, parameter),
    beforeCell(parameter),
    afterCell(stack, parameter),
    ageCell(parameter),
    tagChangesCell(parameter),
  ];
}

function unchangedCells({ stack, parameter }: DiffEntry, showAccount: boolean): string[] {
  const side = parameter?.after ?? parameter?.before;
  return [
    stackCell(stack, showAccount),
    escapeMarkdownCell(stack.region),
    parameter ? escapeMarkdownCell(parameter.key) : '—',
    side ? sideCell(side) : 'no AMI parameters',
  ];
}

function findingCells(finding: Finding): string[] {
  return [
    finding.severity,
    escapeMarkdownCell(finding.check),
    escapeMarkdownCell(finding.stackName),
    escapeMarkdownCell(finding.region),
    finding.parameterKey === undefined ? '—' : escapeMarkdownCell(finding.parameterKey),
    finding.imageId === undefined ? '—' : markdownCodeCell(finding.imageId),
    escapeMarkdownCell(finding.message),
  ];
}

function tableBlock(
  intro: string,
  header: string[],
  rows: TableRow[],
  suffix: string,
): TableBlock | undefined {
  if (rows.length === 0) return undefined;

  const frame = `${formatRow(header)}\n${formatRow(header.map(() => '---'))}\n`;
  return { kind: 'table', prefix: intro + frame, rows, suffix };
}

function formatRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function spansAccounts(diff: DeploymentDiff): boolean {
  return new Set(diff.stacks.map((stack) => stack.accountId)).size > 1;
}
