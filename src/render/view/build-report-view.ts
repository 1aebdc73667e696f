import type { AmiReport, ImageEntry, ReportSource } from '../../model/report.js';
import { toIsoDate } from '../../model/iso-date.js';
import type { RenderOptions } from '../reporter.js';
import { buildAgeChart } from './build-age-chart.js';
import { imageKey } from './build-row-views.js';
import { buildStackView } from './build-stack-view.js';
import { groupFindingsByStack } from './group-findings-by-stack.js';
import { cleanViewInPlace } from './clean-display-text.js';
import { countProblems, describeCounts } from './count-problems.js';
import { describeIncomplete } from './describe-incomplete.js';
import type { OmittedView, ReportView, StackView } from './report-view.js';

export const DEFAULT_FULL_REPORT_LOCATION = 'ami-report.html in the build artifacts';

/**
 * Turns the report model into the rows every template shows. Pure, and the result holds only
 * plain objects, arrays, strings, numbers and booleans.
 */
/**
 * Views already built, per report object and the options they depend on: every format of one
 * run shares the same view instead of building it again. Views are never changed after this.
 */
const built = new WeakMap<AmiReport, Map<string, ReportView>>();

export function buildReportView(report: AmiReport, options: RenderOptions = {}): ReportView {
  const key = `${options.now ?? ''}\n${options.detailsUrl ?? ''}`;
  const known = built.get(report) ?? new Map<string, ReportView>();
  built.set(report, known);
  const cached = known.get(key);
  if (cached) return cached;

  const view = makeReportView(report, options);
  known.set(key, view);
  return view;
}

function makeReportView(report: AmiReport, options: RenderOptions): ReportView {
  const generatedAt = toIsoDate(report.generatedAt) ?? '';
  const now = toIsoDate(options.now) ?? generatedAt;
  const stacks = buildStackViews(report, new Date(now));
  const counts = countProblems(report, stacks);

  // every object of the view is made here, none is the report's: it can be cleaned in place
  return cleanViewInPlace<ReportView>({
    title: 'AMI report',
    generatedAt,
    now,
    generator: `${report.generator.name} ${report.generator.version}`,
    source: describeSource(report.source),
    complete: report.complete,
    ...describeIncomplete(report),
    counts,
    headline: describeCounts(counts),
    stacks,
    // a run that could not read what it was asked for does not know that nothing matched
    noStacksText: report.complete
      ? 'No stacks matched the selection.'
      : 'No stack could be read: the errors above say why.',
    omitted: describeOmitted(report),
    chart: buildAgeChart(collectAges(stacks)),
    fullReportLocation: options.detailsUrl ?? DEFAULT_FULL_REPORT_LOCATION,
    fullReportUrl: options.detailsUrl ?? '',
  });
}

function buildStackViews(report: AmiReport, now: Date): StackView[] {
  const images = new Map<string, ImageEntry>();
  for (const image of report.images) images.set(imageKey(image.region, image.imageId), image);

  const sorted = [...report.stacks].sort(
    (a, b) =>
      compare(a.region, b.region) ||
      compare(a.stackName, b.stackName) ||
      compare(a.stackId, b.stackId),
  );
  const findings = groupFindingsByStack(report.findings);
  return sorted.map((stack, index) =>
    buildStackView(stack, index, { images, findings: findings.of(stack), now }),
  );
}

function describeOmitted(report: AmiReport): OmittedView {
  const stacks = [...report.omitted]
    .sort((a, b) => compare(a.region, b.region) || compare(a.stackName, b.stackName))
    .map((stack) => ({ stackName: stack.stackName, region: stack.region, reason: stack.reason }));
  const count = stacks.length;
  const text =
    count === 0
      ? ''
      : `${count} nested stack${count === 1 ? ' was' : 's were'} left out; ` +
        'name a nested stack with --stack to report it.';
  return { count, text, stacks };
}

function describeSource(source: ReportSource): string {
  if (source.kind === 'aws') return `AWS (${source.regions.join(', ')})`;
  if (source.kind === 'aws-cli') return `AWS CLI output in ${source.directory}`;
  return `merge of ${source.parts} reports`;
}

/**
 * One age per distinct image, so that an image used by many stacks counts once. Images of
 * stacks that run nothing are left out: the chart shows the ages of what runs.
 */
function collectAges(stacks: readonly StackView[]): number[] {
  const ages = new Map<string, number>();
  for (const stack of stacks) {
    for (const row of stack.rows) {
      if (row.ageDays !== null && row.running)
        ages.set(imageKey(stack.region, row.imageId), row.ageDays);
    }
  }
  return [...ages.values()];
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
