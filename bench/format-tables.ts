export interface FleetRow {
  tool: string;
  stacks: number;
  /** Requests per API action, retries included. */
  calls: Record<string, number>;
  wallMs: number;
  peakMiB?: number;
}

export interface RenderRow {
  format: string;
  wallMs: number;
  /** Bytes of every artifact written. */
  bytes: number;
  peakMiB?: number;
}

const BASELINE = 'per-parameter baseline';

/** One row per fleet size and tool, with the tool's ratios to the baseline at that size. */
export function fleetTable(rows: FleetRow[]): string {
  const lines = [
    '| stacks | tool | API calls | DescribeStacks | DescribeImages | wall (median) | peak RSS ' +
      '| calls vs baseline | time vs baseline | memory vs baseline |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const baseline = rows.find((other) => other.stacks === row.stacks && other.tool === BASELINE);
    const compare = baseline && row !== baseline ? baseline : undefined;
    lines.push(
      `| ${row.stacks} | ${row.tool} | ${total(row.calls)} | ${row.calls.DescribeStacks ?? 0} | ` +
        `${row.calls.DescribeImages ?? 0} | ${seconds(row.wallMs)} | ${mib(row.peakMiB)} | ` +
        `${ratio(total(row.calls), compare && total(compare.calls))} | ` +
        `${ratio(row.wallMs, compare?.wallMs)} | ${ratio(row.peakMiB, compare?.peakMiB)} |`,
    );
  }
  return lines.join('\n');
}

const FORMAT_LABELS: Record<string, string> = {
  all: 'all four in one run, as `report` renders them',
};

export function renderTable(rows: RenderRow[]): string {
  const lines = ['| --format | wall (median) | written | peak RSS |', '|---|---:|---:|---:|'];
  for (const row of rows) {
    const format = FORMAT_LABELS[row.format] ?? row.format;
    const written = `${(row.bytes / 1024 / 1024).toFixed(1)} MiB`;
    lines.push(`| ${format} | ${seconds(row.wallMs)} | ${written} | ${mib(row.peakMiB)} |`);
  }
  return lines.join('\n');
}

function total(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, count) => sum + count, 0);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function mib(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(0)} MiB`;
}

function ratio(value: number | undefined, baseline: number | undefined): string {
  if (value === undefined || baseline === undefined || baseline === 0) return '';
  return `${(value / baseline).toFixed(2)}x`;
}
