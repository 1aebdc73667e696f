import type { AgeBarView, AgeChartView } from './report-view.js';

const BUCKETS: readonly { label: string; maxDays: number }[] = [
  { label: '0-7 days', maxDays: 7 },
  { label: '8-30 days', maxDays: 30 },
  { label: '31-90 days', maxDays: 90 },
  { label: '91-180 days', maxDays: 180 },
  { label: '181-365 days', maxDays: 365 },
  { label: 'over 1 year', maxDays: Number.POSITIVE_INFINITY },
];

const FILLS = ['#2e7d32', '#558b2f', '#9e9d24', '#ef6c00', '#d84315', '#b71c1c'];
const LABEL_WIDTH = 110;
const BAR_AREA = 260;
const ROW_HEIGHT = 22;
const BAR_HEIGHT = 16;

/**
 * A histogram of image ages, laid out in numbers the template prints as SVG presentation
 * attributes: a strict Content-Security-Policy blocks `style=` but not `width=` or `fill=`.
 */
export function buildAgeChart(ages: readonly number[]): AgeChartView {
  const counts = BUCKETS.map(() => 0);
  for (const age of ages) counts[bucketIndex(age)]! += 1;
  const largest = Math.max(1, ...counts);

  const bars = BUCKETS.map((bucket, index) =>
    layoutBar(bucket.label, counts[index]!, index, largest),
  );
  return {
    width: LABEL_WIDTH + BAR_AREA + 50,
    height: BUCKETS.length * ROW_HEIGHT + 4,
    bars,
    total: ages.length,
    description: describeChart(bars, ages.length),
  };
}

function bucketIndex(age: number): number {
  const index = BUCKETS.findIndex((bucket) => age <= bucket.maxDays);
  return index < 0 ? BUCKETS.length - 1 : index;
}

function layoutBar(label: string, count: number, index: number, largest: number): AgeBarView {
  const y = index * ROW_HEIGHT + 2;
  const width = count === 0 ? 0 : Math.max(2, Math.round((count / largest) * BAR_AREA));
  return {
    label,
    count,
    x: LABEL_WIDTH,
    y,
    width,
    height: BAR_HEIGHT,
    labelX: LABEL_WIDTH - 6,
    labelY: y + BAR_HEIGHT - 4,
    countX: LABEL_WIDTH + width + 6,
    fill: FILLS[index] ?? '#555555',
  };
}

function describeChart(bars: readonly AgeBarView[], total: number): string {
  const parts = bars.filter((bar) => bar.count > 0).map((bar) => `${bar.label}: ${bar.count}`);
  return (
    `Ages of ${total} image${total === 1 ? '' : 's'}` +
    `${parts.length ? ` (${parts.join(', ')})` : ''}`
  );
}
