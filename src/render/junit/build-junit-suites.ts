import type { AmiReport, CollectionError, Finding } from '../../model/report.js';
import type { RenderOptions } from '../reporter.js';
import { buildReportView } from '../view/build-report-view.js';
import { groupFindingsByStack } from '../view/group-findings-by-stack.js';
import type { StackView } from '../view/report-view.js';
import { buildFindingCases } from './build-finding-cases.js';
import { buildRowCases } from './build-row-cases.js';
import { junitClassname } from './junit-classname.js';
import type { JunitCaseSpec, JunitSuiteSpec } from './junit-suite-spec.js';

/**
 * One suite per stack, plus one for what could not be collected. A report that is not
 * complete always carries at least one error case, so it can never read as a pass. Suites are
 * made one at a time, as the writer asks for them, so that a large report never holds them all.
 */
export function* buildJunitSuites(
  report: AmiReport,
  options: RenderOptions = {},
): Generator<JunitSuiteSpec, void, undefined> {
  const view = buildReportView(report, options);
  const findings = groupFindingsByStack(report.findings);
  for (const stack of view.stacks) yield buildStackSuite(report, stack, findings.of(stack));

  const collection = buildCollectionSuite(report, view.stacks, findings.orphans(view.stacks));
  if (collection) yield collection;
}

function buildStackSuite(report: AmiReport, stack: StackView, findings: Finding[]): JunitSuiteSpec {
  const classname = junitClassname(stack.accountId, stack.region, stack.stackName);
  const unchecked = stack.rows.filter((row) => row.findings.length === 0);
  const cases = [
    ...buildFindingCases(stack, classname, findings),
    ...buildRowCases(stack, classname, unchecked),
  ];
  const errors = report.errors.filter(
    (error) => error.stack === stack.stackName && (!error.region || error.region === stack.region),
  );

  return {
    name: `${stack.stackName} (${stack.region}, ${stack.accountId})`,
    classname,
    properties: describeStack(stack),
    cases: uniqueNames([...cases, ...errors.map((error) => errorCase(classname, error))]),
  };
}

function buildCollectionSuite(
  report: AmiReport,
  stacks: readonly StackView[],
  orphans: Finding[],
): JunitSuiteSpec | undefined {
  const placed = (error: CollectionError): boolean =>
    stacks.some((s) => s.stackName === error.stack && (!error.region || error.region === s.region));
  const errors = report.errors.filter((error) => !placed(error));
  const account = stacks[0]?.accountId ?? '';
  const classname = junitClassname(account, errors[0]?.region ?? 'all-regions', 'collection');
  const cases = [
    ...errors.map((error) => errorCase(classname, error)),
    ...orphans.map((finding) => orphanCase(classname, finding)),
  ];
  if (!report.complete && report.errors.length === 0) cases.push(incompleteCase(classname));
  if (stacks.length === 0 && cases.length === 0) cases.push(noStacksCase(classname));
  if (cases.length === 0) return undefined;

  return { name: 'collection', classname, properties: [], cases: uniqueNames(cases) };
}

function errorCase(classname: string, error: CollectionError): JunitCaseSpec {
  const where = [error.region, error.stack && `stack ${error.stack}`].filter(Boolean).join(', ');
  return {
    classname,
    name: `read ${error.operation}${where ? ` (${where})` : ''}`,
    outcome: 'error',
    message:
      `could not read: ${error.operation}${where ? ` (${where})` : ''}: ` +
      `${error.code}: ${error.message}`,
    type: error.code,
    details: 'The report is incomplete: what this call should have read is missing from it.',
  };
}

function orphanCase(classname: string, finding: Finding): JunitCaseSpec {
  const failed = finding.outcome === 'fail';
  return {
    classname,
    name: `${finding.stackName} ${finding.parameterKey ?? ''}: ${finding.check}`.replace(
      / +:/,
      ':',
    ),
    outcome: failed ? 'failure' : finding.outcome === 'pass' ? 'passed' : 'skipped',
    message: failed ? `${finding.severity}: ${finding.message} (stack ${finding.stackName})` : '',
    type: failed ? finding.check : '',
    details: finding.message,
  };
}

function incompleteCase(classname: string): JunitCaseSpec {
  return {
    classname,
    name: 'report complete',
    outcome: 'error',
    message: 'the report is marked incomplete: some of it could not be read',
    type: 'incomplete',
    details: '',
  };
}

function noStacksCase(classname: string): JunitCaseSpec {
  return {
    classname,
    name: 'stacks found',
    outcome: 'skipped',
    message: '',
    type: '',
    details: 'No stacks matched the selection, so there was nothing to check.',
  };
}

function describeStack(stack: StackView): { name: string; value: string }[] {
  const properties = [
    { name: 'stack.id', value: stack.stackId },
    { name: 'stack.status', value: stack.status },
    { name: 'stack.deployment', value: stack.deploymentText },
    { name: 'stack.createdAt', value: stack.createdAt },
    { name: 'stack.lastUpdatedAt', value: stack.lastUpdatedAt || 'never' },
  ];
  for (const row of stack.rows) {
    const key = `image.${row.parameterKey}${row.imageId ? `.${row.imageId}` : ''}`;
    const facts = [row.statusText, row.name, row.createdAt && `created ${row.createdAt}`];
    properties.push({ name: key, value: facts.filter(Boolean).join('; ') });
  }
  return properties;
}

/** Jenkins keys history by classname and name: a repeated name would merge two cases. */
function uniqueNames(cases: JunitCaseSpec[]): JunitCaseSpec[] {
  const seen = new Map<string, number>();
  return cases.map((testCase) => {
    const count = (seen.get(testCase.name) ?? 0) + 1;
    seen.set(testCase.name, count);
    return count === 1 ? testCase : { ...testCase, name: `${testCase.name} #${count}` };
  });
}
