import { expect } from 'chai';
import { evaluateGate } from '../../../src/checks/gate.js';
import { runChecks } from '../../../src/checks/run-checks.js';
import { emptyChecksConfig } from '../../../src/config/config-types.js';
import type { Finding } from '../../../src/model/report.js';
import { aParameter, aReport, aStack, anImage } from '../../helpers/report-builders.js';
import { NOW } from './check-harness.js';

// Mirrors test/fixtures/cases/c05: one stack, three AMI parameters, one image deprecated in the
// past (a public Amazon image), one with a deprecation scheduled after the clock, one without.
const WEB = 'ami-0aaaaaaaaaaaaaaa1';
const APP = 'ami-0bbbbbbbbbbbbbbb2';
const BASTION = 'ami-0eeeeeeeeeeeeeee5';

function aC05Report() {
  const parameters = [
    aParameter({ key: 'AppAmi', imageIds: [APP] }),
    aParameter({ key: 'BastionAmi', imageIds: [BASTION] }),
    aParameter({ key: 'WebAmi', imageIds: [WEB] }),
  ];
  const images = [
    anImage({ imageId: WEB }),
    anImage({
      imageId: APP,
      name: 'app-golden-2026.11.30',
      createdAt: '2026-11-30T08:40:00.000Z',
      deprecatedAt: '2027-03-01T00:00:00.000Z',
    }),
    anImage({
      imageId: BASTION,
      name: 'al2023-ami-2024.0.20240601.0-kernel-6.1-x86_64',
      createdAt: '2024-06-01T00:00:00.000Z',
      ownerId: '999988887777',
      ownerAlias: 'amazon',
      public: true,
      deprecatedAt: '2026-06-01T00:00:00.000Z',
      tags: undefined,
      tagsVisible: false,
    }),
  ];

  return aReport({ stacks: [aStack({ parameters })], images });
}

function resultOf(findings: Finding[], check: string, parameterKey: string) {
  const found = findings.filter((f) => f.check === check && f.parameterKey === parameterKey);
  expect(found, `${check} on ${parameterKey}`).to.have.length(1);

  return { outcome: found[0]?.outcome, message: found[0]?.message };
}

describe('runChecks on case C5 (deprecated AMIs, past and future)', () => {
  const findings = runChecks(aC05Report(), emptyChecksConfig(), NOW);

  it('fails BastionAmi as deprecated since 2026-06-01T00:00:00.000Z', () => {
    expect(resultOf(findings, 'image-deprecated', 'BastionAmi')).to.deep.equal({
      outcome: 'fail',
      message: 'deprecated since 2026-06-01T00:00:00.000Z',
    });
  });

  it('never reports BastionAmi as not found', () => {
    expect(resultOf(findings, 'image-not-found', 'BastionAmi').outcome).to.equal('pass');
  });

  it('passes AppAmi and shows its scheduled deprecation', () => {
    expect(resultOf(findings, 'image-deprecated', 'AppAmi')).to.deep.equal({
      outcome: 'pass',
      message: 'not deprecated yet; deprecation scheduled 2027-03-01T00:00:00.000Z',
    });
    expect(resultOf(findings, 'image-deprecation-soon', 'AppAmi')).to.deep.equal({
      outcome: 'pass',
      message: 'deprecation scheduled 2027-03-01T00:00:00.000Z (in 87 days)',
    });
  });

  it('shows no deprecation for WebAmi', () => {
    expect(resultOf(findings, 'image-deprecated', 'WebAmi')).to.deep.equal({
      outcome: 'pass',
      message: 'image is not deprecated',
    });
  });

  it('fails the gate at error on the deprecation only', () => {
    expect(evaluateGate(findings, 'error').summary).to.equal(
      '1 check failed at or above error: image-deprecated (1)',
    );
    expect(evaluateGate(findings, 'warning').summary).to.equal(
      '2 checks failed at or above warning: image-age (1), image-deprecated (1)',
    );
  });
});
