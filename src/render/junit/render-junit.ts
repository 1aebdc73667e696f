import junitReportBuilder from 'junit-report-builder';
import type { Builder, TestSuite } from 'junit-report-builder';

import type { AmiReport } from '../../model/report.js';
import type { RenderOptions } from '../reporter.js';
import { buildJunitSuites } from './build-junit-suites.js';
import { formatJunitTime } from './format-junit-time.js';
import type { JunitCaseSpec, JunitSuiteSpec } from './junit-suite-spec.js';
import { toCdataSafeText, toXmlSafeText } from './xml-safe-text.js';

export const JUNIT_FILE = 'ami-report.junit.xml';

// The package's types describe an ES default export; at run time it is the CommonJS object.
const sharedBuilder = junitReportBuilder as unknown as Builder;

/**
 * JUnit XML for Jenkins, GitLab and GitHub test reporters. Each suite is built by its own
 * builder and serialised at once, so a report of thousands of stacks never holds one document
 * tree for all of them; the suites are then joined under one root element whose totals are
 * the sums of the builders' own counts. The root carries the total `time` and no `skipped`,
 * which the Jenkins schema does not declare there.
 */
export function renderJunit(report: AmiReport, options: RenderOptions = {}): string {
  return renderJunitInParts(report, options).join('');
}

/** The same document as its root element's opening, one part per suite, and its end. */
export function renderJunitInParts(report: AmiReport, options: RenderOptions = {}): string[] {
  const totals = { tests: 0, failures: 0, errors: 0 };
  const suites: string[] = [];
  for (const spec of buildJunitSuites(report, options)) {
    const builder = sharedBuilder.newBuilder();
    addSuite(builder, spec, report);
    const { counts, body } = splitRootElement(builder.build());
    totals.tests += counts.tests;
    totals.failures += counts.failures;
    totals.errors += counts.errors;
    suites.push(`${body}\n`);
  }
  const time = formatJunitTime(report.stats.durationMs);
  const root =
    `<testsuites time="${time}" name="stack-ami-report" tests="${totals.tests}" ` +
    `failures="${totals.failures}" errors="${totals.errors}">`;

  return [`${XML_DECLARATION}\n${root}\n`, ...suites, '</testsuites>\n'];
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The counts on a one-suite document's root element, and what lies inside that element. */
function splitRootElement(xml: string): {
  counts: { tests: number; failures: number; errors: number };
  body: string;
} {
  const start = /<testsuites\b[^>]*>\n/.exec(xml);
  const end = xml.lastIndexOf('\n</testsuites>');
  if (!start || end < start.index) throw new Error('unexpected JUnit builder output');
  const count = (name: string): number =>
    Number(new RegExp(`\\s${name}="(\\d+)"`).exec(start[0])?.[1] ?? '0');

  return {
    counts: { tests: count('tests'), failures: count('failures'), errors: count('errors') },
    body: xml.slice(start.index + start[0].length, end),
  };
}

function addSuite(builder: Builder, spec: JunitSuiteSpec, report: AmiReport): void {
  const suite = builder.testSuite().name(safe(spec.name)).timestamp(report.generatedAt);
  for (const property of spec.properties) suite.property(safe(property.name), safe(property.value));
  for (const testCase of spec.cases) addCase(suite, testCase);
}

function addCase(suite: TestSuite, spec: JunitCaseSpec): void {
  const testCase = suite.testCase().className(safe(spec.classname)).name(safe(spec.name));
  if (spec.outcome === 'failure') testCase.failure(safe(spec.message), safe(spec.type));
  if (spec.outcome === 'error') testCase.error(safe(spec.message), safe(spec.type));
  if (spec.outcome === 'skipped') testCase.skipped();
  if (spec.details) testCase.standardOutput(toCdataSafeText(spec.details));
}

function safe(value: string): string {
  return toXmlSafeText(value);
}
