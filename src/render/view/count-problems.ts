import { plural } from '../../model/plural.js';
import type { AmiReport } from '../../model/report.js';
import { imageKey } from './build-row-views.js';
import type { CountsView, StackView } from './report-view.js';

/**
 * Stacks, images and problems by severity. Problems are the failed findings; when no check
 * has run, rows whose image is missing or broken count instead, so that a report without
 * findings never reads as clean.
 */
export function countProblems(report: AmiReport, stacks: readonly StackView[]): CountsView {
  const rows = stacks.flatMap((stack) => stack.rows.map((row) => ({ stack, row })));
  const images = new Set(
    rows
      .filter(({ row }) => row.imageId && row.running)
      .map(({ stack, row }) => imageKey(stack.region, row.imageId)),
  );
  const base = {
    stacks: stacks.length,
    rows: rows.length,
    images: images.size,
    notRunningRows: rows.filter(({ row }) => !row.running).length,
  };

  if (report.findings.length === 0) {
    const errors = rows.filter(({ row }) => row.tone === 'bad').length;
    const warnings = rows.filter(({ row }) => row.tone === 'warning').length;
    return {
      ...base,
      errors,
      warnings,
      infos: 0,
      problems: errors + warnings,
      fromRowStatus: true,
    };
  }

  const failed = report.findings.filter((finding) => finding.outcome === 'fail');
  const bySeverity = (severity: string): number =>
    failed.filter((finding) => finding.severity === severity).length;
  return {
    ...base,
    errors: bySeverity('error'),
    warnings: bySeverity('warning'),
    infos: bySeverity('info'),
    problems: failed.length,
    fromRowStatus: false,
  };
}

/**
 * The headline: "2 stacks, 3 AMIs (4 parameter rows); problems: 1 error, 0 warnings, 0 info".
 * AMIs are those that run; rows of stacks that are not deployed are named apart.
 */
export function describeCounts(counts: CountsView): string {
  const stacks = plural(counts.stacks, 'stack');
  const images = plural(counts.images, 'AMI');
  const notRunning = counts.notRunningRows > 0 ? `, ${counts.notRunningRows} not deployed` : '';
  const rows = `${plural(counts.rows, 'parameter row')}${notRunning}`;
  const problems = [
    plural(counts.errors, 'error'),
    plural(counts.warnings, 'warning'),
    `${counts.infos} info`,
  ].join(', ');
  const basis = counts.fromRowStatus ? ' (no checks ran; counted from image states)' : '';
  return `${stacks}, ${images} (${rows}); problems: ${problems}${basis}`;
}
