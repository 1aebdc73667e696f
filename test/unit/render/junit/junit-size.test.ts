import { expect } from 'chai';

import { runChecks } from '../../../../src/checks/run-checks.js';
import { emptyChecksConfig } from '../../../../src/config/config-types.js';
import type { AmiReport } from '../../../../src/model/report.js';
import { renderJunit } from '../../../../src/render/junit/render-junit.js';
import { c15LargeReport } from '../../../fixtures/cases/c15/large-report.js';
import { REPORT_CLOCK } from '../../../helpers/report-builders.js';
import { parseTestCases, validateAgainstJenkinsXsd, type ParsedCase } from './junit-xml.js';

const DEPRECATED_ID = 'ami-00000000000000002';

/** The C15 report after the checks, with one image deprecated so that one case fails. */
function checkedC15(stackCount?: number): AmiReport {
  const report = c15LargeReport(stackCount);
  report.images = report.images.map((image) =>
    image.imageId === DEPRECATED_ID
      ? {
          ...image,
          description: 'web tier, built by pipeline 42',
          deprecatedAt: '2026-06-01T00:00:00.000Z',
        }
      : image,
  );
  return { ...report, findings: runChecks(report, emptyChecksConfig(), new Date(REPORT_CLOCK)) };
}

function caseNamed(cases: ParsedCase[], classnameEnd: string, name: string): ParsedCase {
  const found = cases.find((c) => c.classname.endsWith(classnameEnd) && c.name === name);
  if (!found) throw new Error(`no case ${name}`);
  return found;
}

describe('renderJunit size on a large account (C15)', () => {
  let xml = '';
  let cases: ParsedCase[] = [];

  before(() => {
    xml = renderJunit(checkedC15());
    cases = parseTestCases(xml);
  });

  it('stays under 6 MB for 1200 AMIs and all their checks', () => {
    expect(cases).to.have.length(10_000);
    expect(Buffer.byteLength(xml)).to.be.below(6_000_000);
  });

  it('leaves the image facts (tags, description) out of the passing cases', () => {
    const passing = cases.filter((c) => !c.failure && c.skipped === undefined && !c.error);
    const withTags = passing.filter((c) => c['system-out']?.includes('Note00='));

    expect(passing.length).to.be.above(9000);
    expect(withTags).to.deep.equal([]);
  });

  it('says in a passing case what passed, on which image', () => {
    const out = caseNamed(cases, '.svc-001-prod', 'WebAmi: image-age')['system-out'];

    expect(out).to.contain('ami-00000000000000004').and.to.contain('golden-webami-001-2026.11.30');
    expect(out).to.contain('image is 3 days old');
  });

  it('keeps everything a failing case needs: id, name, reason, and the image facts', () => {
    const failing = caseNamed(cases, '.svc-000-prod', 'AppAmi: image-deprecated');

    expect(failing.failure?.message)
      .to.contain(DEPRECATED_ID)
      .and.to.contain('golden-appami-000-2026.11.30')
      .and.to.contain('deprecated since 2026-06-01T00:00:00.000Z');
    expect(failing['system-out'])
      .to.contain('Description: web tier, built by pipeline 42')
      .and.to.contain('Note09=');
  });

  it('validates against the Jenkins JUnit schema', async () => {
    expect(await validateAgainstJenkinsXsd(renderJunit(checkedC15(20)))).to.deep.equal([]);
  });
});
