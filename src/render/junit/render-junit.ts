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
 * JUnit XML for Jenkins, GitLab and GitHub test reporters. A fresh builder per call keeps
 * renders independent; the root element is then fitted to the Jenkins schema.
 */
export function renderJunit(report: AmiReport, options: RenderOptions = {}): string {
  const builder = sharedBuilder.newBuilder();
  builder.name('stack-ami-report');
  for (const suite of buildJunitSuites(report, options)) addSuite(builder, suite, report);

  return `${fitRootElement(builder.build(), formatJunitTime(report.stats.durationMs))}\n`;
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

/**
 * The builder writes `skipped` on <testsuites>, which the Jenkins schema does not declare,
 * and has no way to set the total `time` there; both are fixed on the root start tag only.
 */
function fitRootElement(xml: string, time: string): string {
  return xml.replace(/<testsuites\b[^>]*>/, (tag) =>
    tag.replace(/\sskipped="[^"]*"/, '').replace(/^<testsuites/, `<testsuites time="${time}"`),
  );
}

function safe(value: string): string {
  return toXmlSafeText(value);
}
