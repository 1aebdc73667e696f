import type { ParameterDeclaration, Stack } from '@aws-sdk/client-cloudformation';
import pLimit, { type LimitFunction } from 'p-limit';

import { detectAmiParameters } from '../ami/detect-parameters.js';
import { lookupImages } from '../ami/lookup-images.js';
import { toStackEntry } from '../ami/to-stack-entry.js';
import type { CallStats } from '../aws/call-stats.js';
import type { StackReader } from '../aws/stack-reader.js';
import { awsErrorCode, isCredentialFailure } from '../aws/wrap-aws-error.js';
import type { SelectionOptions } from '../config/config-types.js';
import type { Clock } from '../model/clock.js';
import { AwsError, ReportError } from '../model/errors.js';
import type { Logger } from '../model/logger.js';
import { plural } from '../model/plural.js';
import {
  SCHEMA_VERSION,
  type AmiReport,
  type CollectionError,
  type ImageEntry,
  type OmittedStack,
  type ReportSource,
  type RunScope,
  type StackEntry,
} from '../model/report.js';
import { planStackTargets, type NamedTarget, type StackTargets } from './stack-targets.js';

export interface CollectOptions {
  selection: SelectionOptions;
  /** Region for stack names and discovery when the selection names none. */
  defaultRegion?: string;
  /** Read parameter declarations (types, NoEcho) for every stack. */
  readTemplateSummaries?: boolean;
  /** Regions or stacks read at the same time. */
  concurrency?: number;
  source: ReportSource;
  /** The account the credentials lead to, when known (a target's role). */
  accountId?: string;
}

export interface CollectDeps {
  reader: StackReader;
  logger: Logger;
  clock: Clock;
  stats?: CallStats;
  generator: { name: string; version: string };
  /** Short progress lines while collecting (the CLI shows them on stderr). */
  progress?: (line: string) => void;
}

interface FoundStack {
  stack: Stack;
  region: string;
  /** Named by the user: reported even with no AMI parameter. */
  named: boolean;
}

/**
 * Reads the selected stacks, finds their AMI parameters and describes the images, each in the
 * region of the stack that references it. What cannot be read is recorded in `errors` and the
 * report is marked incomplete; everything else is still reported.
 */
export async function collectReport(options: CollectOptions, deps: CollectDeps) {
  const started = deps.clock().getTime();
  try {
    return await readEverything(options, deps, started);
  } catch (error) {
    if (!(error instanceof AwsError) || !isCredentialFailure(error.awsCode)) throw error;
    return refusedReport(error, options, deps, started);
  }
}

/**
 * Credentials refused: every later call would fail alike, so reading stops; the report still
 * says so, so that the run ends like any other AWS failure, with artifacts marked incomplete.
 */
function refusedReport(
  error: AwsError,
  options: CollectOptions,
  deps: CollectDeps,
  started: number,
): AmiReport {
  const refused: CollectionError = {
    operation: error.operation,
    ...(error.region ? { region: error.region } : {}),
    code: error.awsCode,
    message: error.message,
  };
  const parts = { stacks: [], images: [], errors: [refused], omitted: [] };
  return assembleReport(parts, options, deps, deps.clock().getTime() - started);
}

async function readEverything(options: CollectOptions, deps: CollectDeps, started: number) {
  const limit = pLimit(options.concurrency ?? 4);
  const errors: CollectionError[] = [];
  const omitted: OmittedStack[] = [];
  const targets = planStackTargets(options.selection, options.defaultRegion);

  const found = [
    ...(await readNamedStacks(targets.named, deps, limit, errors)),
    ...(await discoverStacks(
      targets.discoveryRegions,
      options.selection,
      deps,
      limit,
      errors,
      omitted,
    )),
  ];
  const stacks = await describeStacks(uniqueStacks(found), options, deps, limit, errors);
  const images = await describeImages(stacks, deps, limit, errors);
  const described = images.filter((image) => image.lookup !== 'unknown').length;
  deps.progress?.(`read ${plural(stacks.length, 'stack')} and ${plural(described, 'image')}`);

  const source = sourceOf(options.source, targets);
  const scope = scopeOf(options, targets);
  const durationMs = deps.clock().getTime() - started;
  const report = assembleReport(
    { stacks, images, errors, omitted },
    { ...options, source },
    deps,
    durationMs,
  );
  return { ...report, scopes: [scope] };
}

async function readNamedStacks(
  targets: NamedTarget[],
  deps: CollectDeps,
  limit: LimitFunction,
  errors: CollectionError[],
): Promise<FoundStack[]> {
  const results = await Promise.all(
    targets.map((target) =>
      limit(async () => {
        try {
          const stack = await deps.reader.describeStack(target.region, target.stack);
          if (!stack) errors.push(stackNotFound(target));
          return stack ? [{ stack, region: target.region, named: true }] : [];
        } catch (error) {
          recordOrThrow(error, errors, { stack: target.stack });
          return [];
        }
      }),
    ),
  );
  return results.flat();
}

async function discoverStacks(
  regions: string[],
  selection: SelectionOptions,
  deps: CollectDeps,
  limit: LimitFunction,
  errors: CollectionError[],
  omitted: OmittedStack[],
): Promise<FoundStack[]> {
  const results = await Promise.all(
    regions.map((region) =>
      limit(async () => {
        try {
          const listed = await deps.reader.listStacks(region);
          deps.progress?.(`${region}: ${plural(listed.length, 'stack')} listed`);
          return keepDiscovered(listed, selection, region, omitted);
        } catch (error) {
          recordOrThrow(error, errors, {});
          return [];
        }
      }),
    ),
  );
  return results.flat();
}

/** Nested stacks belong to their root: reporting them again would count their AMIs twice. */
function keepDiscovered(
  stacks: Stack[],
  selection: SelectionOptions,
  region: string,
  omitted: OmittedStack[],
): FoundStack[] {
  const kept: FoundStack[] = [];
  for (const stack of stacks) {
    if (stack.StackStatus === 'DELETE_COMPLETE' || !matchesSelection(stack, selection)) continue;
    if (stack.ParentId) {
      omitted.push({
        stackName: stack.StackName ?? '',
        region,
        reason: 'nested',
        ...(stack.RootId ? { rootId: stack.RootId } : {}),
      });
      continue;
    }
    kept.push({ stack, region, named: false });
  }
  return kept;
}

function matchesSelection(stack: Stack, selection: SelectionOptions): boolean {
  const name = stack.StackName ?? '';
  if (selection.stackPrefix && !name.startsWith(selection.stackPrefix)) return false;
  const tags = stack.Tags ?? [];
  return selection.stackTags.every(({ key, value }) =>
    tags.some((tag) => tag.Key === key && tag.Value === value),
  );
}

function uniqueStacks(found: FoundStack[]): FoundStack[] {
  const byId = new Map<string, FoundStack>();
  for (const entry of found) {
    const id = entry.stack.StackId ?? `${entry.region}/${entry.stack.StackName}`;
    const known = byId.get(id);
    byId.set(id, known ? { ...known, named: known.named || entry.named } : entry);
  }
  return [...byId.values()];
}

async function describeStacks(
  found: FoundStack[],
  options: CollectOptions,
  deps: CollectDeps,
  limit: LimitFunction,
  errors: CollectionError[],
): Promise<StackEntry[]> {
  const entries = await Promise.all(
    found.map((entry) =>
      limit(async () => {
        const declarations = await readDeclarations(entry, options, deps, errors);
        const parameters = detectAmiParameters(entry.stack.Parameters ?? [], {
          amiParameters: options.selection.amiParameters,
          ...(declarations ? { declarations } : {}),
        });
        if (!entry.named && parameters.length === 0) return undefined;
        return toStackEntry(entry.stack, parameters, entry.region);
      }),
    ),
  );
  return entries.filter((entry): entry is StackEntry => entry !== undefined);
}

async function readDeclarations(
  entry: FoundStack,
  options: CollectOptions,
  deps: CollectDeps,
  errors: CollectionError[],
): Promise<ParameterDeclaration[] | undefined> {
  if (!options.readTemplateSummaries) return undefined;
  try {
    return await deps.reader.getTemplateSummary(entry.region, entry.stack.StackId ?? '');
  } catch (error) {
    recordOrThrow(error, errors, { stack: entry.stack.StackName ?? '' });
    return undefined;
  }
}

async function describeImages(
  stacks: StackEntry[],
  deps: CollectDeps,
  limit: LimitFunction,
  errors: CollectionError[],
): Promise<ImageEntry[]> {
  const wanted = imageIdsByRegion(stacks);
  const lookups = await Promise.all(
    [...wanted].map(([region, { ids, accountId }]) =>
      limit(async () => {
        const lookup = await lookupImages(deps.reader, region, [...ids], accountId);
        deps.progress?.(`${region}: ${describedCount(lookup.images)}`);
        return lookup;
      }),
    ),
  );
  for (const lookup of lookups) errors.push(...lookup.errors);
  for (const error of errors) if (isCredentialFailure(error.code)) throw fatalFrom(error);
  return lookups.flatMap((lookup) => lookup.images);
}

function imageIdsByRegion(stacks: StackEntry[]) {
  const byRegion = new Map<string, { ids: Set<string>; accountId: string }>();
  for (const stack of stacks) {
    if (stack.deployment === 'deleted') continue;
    const bucket = byRegion.get(stack.region) ?? { ids: new Set(), accountId: stack.accountId };
    for (const parameter of stack.parameters) {
      for (const id of parameter.imageIds) bucket.ids.add(id);
    }
    byRegion.set(stack.region, bucket);
  }
  return byRegion;
}

function assembleReport(
  parts: {
    stacks: StackEntry[];
    images: ImageEntry[];
    errors: CollectionError[];
    omitted: OmittedStack[];
  },
  options: CollectOptions,
  deps: CollectDeps,
  durationMs: number,
): AmiReport {
  const stacks = parts.stacks.sort(compareStacks);
  const images = parts.images.sort((a, b) =>
    `${a.region} ${a.imageId}`.localeCompare(`${b.region} ${b.imageId}`),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: deps.generator,
    generatedAt: deps.clock().toISOString(),
    complete: parts.errors.length === 0,
    source: options.source,
    stacks,
    images,
    errors: parts.errors.sort(compareErrors),
    findings: [],
    omitted: parts.omitted.sort((a, b) =>
      `${a.region} ${a.stackName}`.localeCompare(`${b.region} ${b.stackName}`),
    ),
    stats: deps.stats?.snapshot(durationMs) ?? { calls: {}, retries: 0, durationMs },
  };
}

/** For live AWS, the regions actually read: named stacks' own regions and discovery regions. */
function sourceOf(source: ReportSource, targets: StackTargets): ReportSource {
  if (source.kind !== 'aws') return source;
  const regions = [...targets.named.map((target) => target.region), ...targets.discoveryRegions];
  return { kind: 'aws', regions: [...new Set(regions)].sort() };
}

function scopeOf(options: CollectOptions, targets: StackTargets): RunScope {
  const { selection } = options;
  const regions = [...targets.named.map((target) => target.region), ...targets.discoveryRegions];
  const scope: RunScope = { regions: [...new Set(regions)].sort() };
  if (options.accountId) scope.accountId = options.accountId;
  if (selection.stacks.length > 0) return { ...scope, stacks: [...selection.stacks] };
  if (selection.stackPrefix !== undefined) scope.stackPrefix = selection.stackPrefix;
  if (selection.stackTags.length > 0) scope.stackTags = [...selection.stackTags];
  return scope;
}

export function compareStacks(a: StackEntry, b: StackEntry): number {
  return (
    a.accountId.localeCompare(b.accountId) ||
    a.region.localeCompare(b.region) ||
    a.stackName.localeCompare(b.stackName) ||
    a.stackId.localeCompare(b.stackId)
  );
}

export function compareErrors(a: CollectionError, b: CollectionError): number {
  const key = (e: CollectionError) => `${e.region ?? ''} ${e.stack ?? ''} ${e.operation} ${e.code}`;
  return key(a).localeCompare(key(b));
}

function stackNotFound(target: NamedTarget): CollectionError {
  return {
    operation: 'DescribeStacks',
    region: target.region,
    stack: target.stack,
    code: 'StackNotFound',
    message: `stack ${target.stack} does not exist in ${target.region}`,
  };
}

function recordOrThrow(error: unknown, errors: CollectionError[], where: { stack?: string }) {
  if (!(error instanceof AwsError)) throw error;
  if (isCredentialFailure(error.awsCode)) throw error;
  errors.push({
    operation: error.operation,
    ...(error.region ? { region: error.region } : {}),
    ...(where.stack ? { stack: where.stack } : {}),
    code: awsErrorCode(error),
    message: error.message,
  });
}

function fatalFrom(error: CollectionError): ReportError {
  return new AwsError(error.code, error.operation, error.region, error.message, {
    hint: 'check the AWS credentials (AWS_PROFILE / --profile, or renew an expired session)',
  });
}

/** How the lookup of a region went, counting only the images AWS answered for. */
function describedCount(images: readonly ImageEntry[]): string {
  const unknown = images.filter((image) => image.lookup === 'unknown').length;
  const answered = `${plural(images.length - unknown, 'image')} described`;
  return unknown === 0 ? answered : `${answered}, ${unknown} could not be read`;
}
