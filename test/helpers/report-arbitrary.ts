import fc from 'fast-check';

import {
  SCHEMA_VERSION,
  type AmiParameter,
  type AmiReport,
  type CollectionError,
  type DeploymentState,
  type Finding,
  type ImageEntry,
  type StackEntry,
  type ValueState,
} from '../../src/model/report.js';

/**
 * fast-check arbitraries for report models that follow src/model/report.ts, with text fields
 * full of what breaks renderers: markup, table pipes, mentions, links, control characters,
 * CDATA ends, bidi marks, emoji and any Unicode code point.
 */

const FRAGMENTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '" style="color:red',
  "' onmouseover='x",
  ']]>',
  '<![CDATA[',
  '| a | b |',
  '\n| --- |\n',
  '[x](javascript:alert(1))',
  '![i](data:image/png;base64,AA)',
  '@octocat',
  '`',
  '```',
  '*_~\\',
  '<details>',
  '<!--',
  '&amp;',
  '\u001b[31m',
  '\u0000',
  '\u0007',
  '\ufffe',
  '\uffff',
  '\u202e',
  '\u2028',
  '\r\n',
  '\u{1f680}',
  '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}',
  '\u05e9\u05dc\u05d5\u05dd',
  '{{name}}',
  '{{{raw}}}',
];

/** A short string mixing hostile fragments with arbitrary code points. */
export function hostileText(maxParts = 4): fc.Arbitrary<string> {
  const part = fc.oneof(
    fc.constantFrom(...FRAGMENTS),
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 8 }),
  );
  return fc.array(part, { maxLength: maxParts }).map((parts) => parts.join(''));
}

const REGIONS = ['eu-west-1', 'us-east-1'];
const DEPLOYMENTS: DeploymentState[] = [
  'deployed',
  'rolled-back',
  'not-deployed',
  'failed',
  'in-progress',
  'deleted',
];
const CHECKS = ['image-age', 'image-state', 'value-invalid', 'required-tags', 'stack-status'];
const IMAGE_IDS = Array.from(
  { length: 6 },
  (_, index) => `ami-0${index.toString(16).padStart(16, 'a')}`,
);

const isoDate = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 3) })
  .map((time) => new Date(time).toISOString());

function parameterArbitrary(): fc.Arbitrary<AmiParameter> {
  return fc
    .record({
      key: hostileText(),
      detectedBy: fc.constantFrom('name', 'value', 'ssm', 'type' as const),
      valueState: fc.constantFrom<ValueState>('resolved', 'hidden', 'not-set', 'invalid'),
      imageIds: fc.uniqueArray(fc.constantFrom(...IMAGE_IDS), { minLength: 1, maxLength: 2 }),
      invalidValue: hostileText(),
      ssmParameter: fc.option(hostileText(), { nil: undefined }),
    })
    .map(({ valueState, imageIds, invalidValue, ssmParameter, ...rest }) => ({
      ...rest,
      valueState,
      imageIds: valueState === 'resolved' ? imageIds : [],
      ...(valueState === 'invalid' ? { invalidValue } : {}),
      ...(ssmParameter !== undefined ? { ssmParameter } : {}),
    }));
}

function stackArbitrary(index: number): fc.Arbitrary<StackEntry> {
  return fc
    .record({
      name: hostileText(),
      region: fc.constantFrom(...REGIONS),
      deployment: fc.constantFrom(...DEPLOYMENTS),
      status: hostileText(2),
      statusReason: fc.option(hostileText(), { nil: undefined }),
      createdAt: isoDate,
      parameters: fc.array(parameterArbitrary(), { maxLength: 3 }),
    })
    .map(({ name, region, statusReason, ...rest }) => ({
      // a plain, unique prefix keeps stacks apart and shows whether the name is still visible
      stackName: `s${index}x ${name}`,
      stackId: `arn:aws:cloudformation:${region}:111122223333:stack/s${index}x/${index}`,
      region,
      accountId: '111122223333',
      ...(statusReason !== undefined ? { statusReason } : {}),
      ...rest,
    }));
}

function imageArbitrary(region: string, imageId: string): fc.Arbitrary<ImageEntry> {
  return fc
    .record({
      lookup: fc.constantFrom('found', 'not-found', 'unknown' as const),
      name: hostileText(),
      description: hostileText(),
      createdAt: isoDate,
      state: fc.constantFrom('available', 'pending', 'failed'),
      stateReason: hostileText(2),
      tagsVisible: fc.boolean(),
      tags: fc.uniqueArray(fc.record({ key: hostileText(2), value: hostileText() }), {
        maxLength: 3,
        selector: (tag) => tag.key,
      }),
    })
    .map(({ lookup, tags, tagsVisible, ...found }) => ({
      region,
      imageId,
      lookup,
      tagsVisible,
      ...(lookup === 'found' ? { ...found, ownerId: '111122223333' } : {}),
      ...(lookup === 'found' && tagsVisible
        ? { tags: [...tags].sort((a, b) => a.key.localeCompare(b.key)) }
        : {}),
    }));
}

function findingArbitrary(stacks: StackEntry[]): fc.Arbitrary<Finding> {
  return fc
    .record({
      stack: fc.constantFrom(...stacks),
      check: fc.constantFrom(...CHECKS),
      severity: fc.constantFrom('error', 'warning', 'info' as const),
      outcome: fc.constantFrom('pass', 'fail', 'skip', 'waived' as const),
      message: hostileText(),
      reason: hostileText(),
    })
    .map(({ stack, reason, outcome, ...rest }) => {
      const parameter = stack.parameters[0];
      return {
        ...rest,
        outcome,
        stackId: stack.stackId,
        stackName: stack.stackName,
        region: stack.region,
        ...(parameter ? { parameterKey: parameter.key } : {}),
        ...(parameter?.imageIds[0] ? { imageId: parameter.imageIds[0] } : {}),
        ...(outcome === 'waived' ? { waiver: { reason, expired: false } } : {}),
      };
    });
}

const errorArbitrary: fc.Arbitrary<CollectionError> = fc.record({
  operation: fc.constantFrom('DescribeStacks', 'DescribeImages'),
  region: fc.constantFrom(...REGIONS),
  stack: hostileText(2),
  code: hostileText(2),
  message: hostileText(),
});

/** One image entry per id the stacks reference, in the stack's region. */
function imagesFor(stacks: StackEntry[]): fc.Arbitrary<ImageEntry[]> {
  const wanted = new Map<string, [string, string]>();
  for (const stack of stacks) {
    for (const id of stack.parameters.flatMap((parameter) => parameter.imageIds)) {
      wanted.set(`${stack.region} ${id}`, [stack.region, id]);
    }
  }
  const sorted = [...wanted.entries()].sort(([a], [b]) => a.localeCompare(b));
  return fc.tuple(...sorted.map(([, [region, id]]) => imageArbitrary(region, id)));
}

/** A report model of up to three stacks, with findings and collection errors. */
export function reportArbitrary(): fc.Arbitrary<AmiReport> {
  const stacks = fc
    .integer({ min: 0, max: 3 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => stackArbitrary(i))));

  return stacks.chain((stackList) =>
    fc
      .record({
        images: imagesFor(stackList),
        findings:
          stackList.length > 0
            ? fc.array(findingArbitrary(stackList), { maxLength: 4 })
            : fc.constant<Finding[]>([]),
        errors: fc.array(errorArbitrary, { maxLength: 2 }),
        omittedName: fc.option(hostileText(), { nil: undefined }),
      })
      .map(({ images, findings, errors, omittedName }) => ({
        schemaVersion: SCHEMA_VERSION,
        generator: { name: 'stack-ami-report', version: '0.0.0-test' },
        generatedAt: '2026-12-03T12:00:00.000Z',
        complete: errors.length === 0,
        source: { kind: 'aws' as const, regions: REGIONS },
        stacks: stackList,
        images,
        errors,
        findings,
        omitted:
          omittedName === undefined
            ? []
            : [{ stackName: omittedName, region: 'eu-west-1', reason: 'nested' as const }],
        stats: { calls: { DescribeStacks: 1 }, retries: 0, durationMs: 1234 },
      })),
  );
}
