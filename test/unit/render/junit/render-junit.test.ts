import { expect } from 'chai';

import { renderJunit } from '../../../../src/render/junit/render-junit.js';
import {
  aFinding,
  aParameter,
  aReport,
  aStack,
  anImage,
} from '../../../helpers/report-builders.js';
import { C11_DESCRIPTION, c11Report } from '../../../fixtures/cases/c11/report.js';
import { c12Report } from '../../../fixtures/cases/c12/report.js';
import { c16Report } from '../../../fixtures/cases/c16/report.js';
import { aFullReport, anIncompleteReport } from '../../../fixtures/render/sample-reports.js';
import { checkWellFormed, parseTestCases, validateAgainstJenkinsXsd } from './junit-xml.js';

const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function c11WithFailure() {
  const report = c11Report();
  report.findings = [
    aFinding({
      check: 'description-policy',
      outcome: 'fail',
      message: `description "${C11_DESCRIPTION}" \ufffe is not allowed`,
    }),
  ];
  return report;
}

describe('renderJunit', () => {
  describe('hostile metadata (C11)', () => {
    it('parses with a strict XML 1.0 parser and holds no forbidden character', () => {
      for (const xml of [renderJunit(c11Report()), renderJunit(c11WithFailure())]) {
        expect(checkWellFormed(xml)).to.equal(true);
        expect(xml).not.to.match(FORBIDDEN_IN_XML);
      }
    });

    it('escapes & < " in attributes and keeps the visible text', () => {
      const xml = renderJunit(c11WithFailure());
      expect(xml).to.include(
        'message="error: description &quot;built by pipeline ' +
          'FAILED-RETRY step &amp; &lt;verify>&quot;',
      );
      const testCase = parseTestCases(xml)[0];
      expect(testCase?.failure?.message).to.include('FAILED-RETRY step & <verify>');
    });

    it('splits ]]> inside CDATA so the tag text survives', () => {
      const xml = renderJunit(c11Report());
      expect(xml).to.include(']]]]><![CDATA[>');
      expect(parseTestCases(xml)[0]?.['system-out']).to.include('Notes=ab & <c> "d" ]]> e');
    });
  });

  describe('time and classname in the form Jenkins reads (C12)', () => {
    const xml = renderJunit(c12Report());

    it('writes the total time in seconds with at most three decimals', () => {
      expect(xml).to.match(/<testsuites time="1\.322" /);
      for (const [, time] of xml.matchAll(/\stime="([^"]*)"/g)) {
        expect(time).to.match(/^\d+(\.\d{1,3})?$/);
      }
    });

    it('uses stable, non-empty classnames and keeps AMI names out of them', () => {
      const cases = parseTestCases(renderJunit(aFullReport()));
      expect(cases.length).to.be.greaterThan(5);
      for (const testCase of cases) {
        expect(testCase.classname).to.match(/^ami-report\.\d+\.[a-z0-9-]+\.[A-Za-z0-9_-]+$/);
        expect(testCase.classname).not.to.include('golden');
        expect(testCase.classname).not.to.include('ami-0');
      }
      expect(parseTestCases(xml)[0]?.classname).to.equal(
        'ami-report.111122223333.eu-west-1.web-prod',
      );
    });
  });

  it('validates against the Jenkins JUnit schema', async () => {
    for (const report of [aFullReport(), anIncompleteReport(), c11Report(), aReport()]) {
      expect(await validateAgainstJenkinsXsd(renderJunit(report))).to.deep.equal([]);
    }
  });

  it('fails a deprecated image with the date and passes a scheduled one (C5 input)', () => {
    const cases = parseTestCases(renderJunit(c16Report()));
    const bastion = cases.find((c) => c.name === 'BastionAmi: image-deprecated');
    expect(bastion?.failure?.message).to.equal(
      'error: deprecated since 2026-06-01T00:00:00.000Z (stack web-prod (eu-west-1), ' +
        'parameter BastionAmi, image ami-0eeeeeeeeeeeeeee5 ' +
        '"al2023-ami-2024.0.20240601.0-kernel-6.1-x86_64")',
    );
    const app = cases.find((c) => c.name === 'AppAmi: image state');
    expect(app?.failure).to.equal(undefined);
  });

  it('turns outcomes into passed, failed and skipped cases', () => {
    const cases = parseTestCases(renderJunit(aFullReport()));
    const byName = (name: string) => cases.find((c) => c.name === name);
    expect(byName('WebAmi: image-not-found')?.failure).to.equal(undefined);
    expect(byName('WorkerAmis ami-0ddddddddddddddd4: image-not-found')?.failure?.type).to.equal(
      'image-not-found',
    );
    expect(byName('BastionAmi: image-max-age')?.skipped).to.equal('');
    expect(byName('BastionAmi: image-max-age')?.['system-out']).to.match(
      /^Waived: vendor image, replaced in Q1 \(expires 2027-01-31\)/,
    );
  });

  it('fails rows with a missing image when no check ran', () => {
    const report = aReport({
      stacks: [
        aStack({
          parameters: [
            aParameter(),
            aParameter({ key: 'OtherAmi', valueState: 'hidden', imageIds: [] }),
          ],
        }),
      ],
      images: [anImage({ lookup: 'not-found' })],
    });
    const cases = parseTestCases(renderJunit(report));
    expect(
      cases.map((c) => [c.name, c.failure ? 'failure' : c.skipped === '' ? 'skipped' : 'passed']),
    ).to.deep.equal([
      ['OtherAmi: image state', 'skipped'],
      ['WebAmi: image state', 'failure'],
    ]);
    expect(cases[1]?.failure?.message).to.equal(
      'not found: ami-0aaaaaaaaaaaaaaa1 (stack web-prod (eu-west-1), parameter WebAmi)',
    );
  });

  it('turns each collection error into an error case, so incomplete never reads as a pass', () => {
    const xml = renderJunit(anIncompleteReport());
    const errors = parseTestCases(xml).filter((c) => c.error);
    expect(errors.map((c) => c.error?.type)).to.deep.equal([
      'RequestLimitExceeded',
      'AccessDenied',
    ]);
    expect(xml).to.match(/<testsuites [^>]*errors="2"/);
  });

  it('adds an error case for an incomplete report without recorded errors', () => {
    const xml = renderJunit(aReport({ complete: false }));
    expect(parseTestCases(xml).map((c) => c.error?.type)).to.deep.equal(['incomplete']);
  });

  it('renders each report on a fresh builder', () => {
    const first = renderJunit(aFullReport());
    renderJunit(c11Report());
    expect(renderJunit(aFullReport())).to.equal(first);
    expect(renderJunit(c11Report())).not.to.include('workers-prod');
  });
});
