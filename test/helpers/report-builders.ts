import type {
  AmiParameter,
  AmiReport,
  Finding,
  ImageEntry,
  StackEntry,
} from '../../src/model/report.js';
import { SCHEMA_VERSION } from '../../src/model/report.js';

/** Tiny builders for report models: each returns a complete value, overridable in part. */

export const REPORT_CLOCK = '2026-12-03T12:00:00.000Z';

export function aReport(overrides: Partial<AmiReport> = {}): AmiReport {
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'stack-ami-report', version: '0.0.0-test' },
    generatedAt: REPORT_CLOCK,
    complete: true,
    source: { kind: 'aws', regions: ['eu-west-1'] },
    stacks: [],
    images: [],
    errors: [],
    findings: [],
    omitted: [],
    stats: { calls: {}, retries: 0, durationMs: 0 },
    ...overrides,
  };
}

export function aStack(overrides: Partial<StackEntry> = {}): StackEntry {
  const stackName = overrides.stackName ?? 'web-prod';
  const region = overrides.region ?? 'eu-west-1';
  return {
    stackId:
      `arn:aws:cloudformation:${region}:111122223333:stack/${stackName}/` +
      '1f0e4c2a-0000-4000-8000-000000000001',
    stackName,
    region,
    accountId: '111122223333',
    status: 'UPDATE_COMPLETE',
    deployment: 'deployed',
    createdAt: '2026-11-02T09:00:00.000Z',
    lastUpdatedAt: '2026-12-02T14:30:00.000Z',
    parameters: [],
    ...overrides,
  };
}

export function aParameter(overrides: Partial<AmiParameter> = {}): AmiParameter {
  return {
    key: 'WebAmi',
    detectedBy: 'value',
    valueState: 'resolved',
    imageIds: ['ami-0aaaaaaaaaaaaaaa1'],
    ...overrides,
  };
}

export function anImage(overrides: Partial<ImageEntry> = {}): ImageEntry {
  return {
    region: 'eu-west-1',
    imageId: 'ami-0aaaaaaaaaaaaaaa1',
    lookup: 'found',
    name: 'web-golden-2026.11.30',
    description: 'web golden image',
    createdAt: '2026-11-30T08:15:00.000Z',
    ownerId: '111122223333',
    state: 'available',
    public: false,
    platform: 'Linux/UNIX',
    architecture: 'x86_64',
    tags: [
      { key: 'Name', value: 'web-golden' },
      { key: 'Release', value: '2026.11.30' },
      { key: 'Team', value: 'web' },
    ],
    tagsVisible: true,
    ...overrides,
  };
}

export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'image-not-found',
    severity: 'error',
    outcome: 'pass',
    stackId: aStack().stackId,
    stackName: 'web-prod',
    region: 'eu-west-1',
    parameterKey: 'WebAmi',
    imageId: 'ami-0aaaaaaaaaaaaaaa1',
    message: 'image is described by EC2',
    ...overrides,
  };
}
