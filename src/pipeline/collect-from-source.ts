import { CaptureReader } from '../aws/capture-reader.js';
import type { AwsClientOptions } from '../aws/client-factory.js';
import type { SelectionOptions, TargetConfig } from '../config/config-types.js';
import { systemClock, type Clock } from '../model/clock.js';
import { InputError } from '../model/errors.js';
import { silentLogger, type Logger } from '../model/logger.js';
import type { AmiReport } from '../model/report.js';
import { collectReport } from './collect.js';

export interface CollectSourceOptions {
  selection: SelectionOptions;
  /** Read AWS CLI output from this folder instead of calling AWS. */
  fromAwsCli?: string;
  aws?: Omit<AwsClientOptions, 'stats'>;
  concurrency?: number;
  /** Several accounts, each through its own role; replaces the stack selection. */
  targets?: TargetConfig[];
  /** Stop reading after this many seconds: the report says what was not read. */
  timeoutSeconds?: number;
}

export interface CollectSourceDeps {
  logger?: Logger;
  clock?: Clock;
  generator: { name: string; version: string };
  progress?: (line: string) => void;
}

/**
 * Collects a report from live AWS (SDK v3, the standard credential chain) or from a saved
 * AWS CLI capture. The library's entry point for collection.
 */
export async function collectFromSource(
  options: CollectSourceOptions,
  deps: CollectSourceDeps,
): Promise<AmiReport> {
  const logger = deps.logger ?? silentLogger;
  const clock = deps.clock ?? systemClock;
  if (options.fromAwsCli !== undefined) return collectFromCapture(options, deps, logger, clock);
  // The AWS SDK is loaded only when AWS is read: a capture run never starts it.
  if (options.targets && options.targets.length > 0) {
    const { collectTargets } = await import('./collect-targets.js');
    return collectTargets(
      {
        targets: options.targets,
        selection: options.selection,
        aws: options.aws ?? {},
        concurrency: options.concurrency ?? 4,
        ...(options.timeoutSeconds !== undefined ? { timeoutSeconds: options.timeoutSeconds } : {}),
      },
      { logger, clock, generator: deps.generator, ...progressOf(deps) },
    );
  }

  const { resolveDefaultRegion } = await import('../aws/default-region.js');
  const { collectLive } = await import('./collect-live.js');
  const defaultRegion = await resolveDefaultRegion(options.selection, options.aws?.profile);
  return collectLive(
    {
      collect: {
        selection: options.selection,
        ...(defaultRegion ? { defaultRegion } : {}),
        readTemplateSummaries: options.selection.detectByType,
        concurrency: options.concurrency ?? 4,
      },
      aws: options.aws ?? {},
      ...(options.timeoutSeconds !== undefined ? { timeoutSeconds: options.timeoutSeconds } : {}),
    },
    { logger, clock, generator: deps.generator, ...progressOf(deps) },
  );
}

async function collectFromCapture(
  options: CollectSourceOptions,
  deps: CollectSourceDeps,
  logger: Logger,
  clock: Clock,
): Promise<AmiReport> {
  const directory = options.fromAwsCli ?? '';
  const reader = await CaptureReader.open(directory);
  const captured = reader.regions();
  if (captured.length === 0 && options.selection.regions.length === 0) {
    throw new InputError(`the capture in ${directory} holds no stacks`, {
      hint: 'save describe-stacks output of the account and regions to report on',
    });
  }
  const selection = {
    ...options.selection,
    regions: options.selection.regions.length > 0 ? options.selection.regions : captured,
  };
  return collectReport(
    {
      selection,
      ...(captured.length === 1 ? { defaultRegion: captured[0] } : {}),
      readTemplateSummaries: true,
      concurrency: options.concurrency ?? 4,
      source: { kind: 'aws-cli', directory },
    },
    { reader, logger, clock, generator: deps.generator, ...progressOf(deps) },
  );
}

function progressOf(deps: CollectSourceDeps) {
  return deps.progress ? { progress: deps.progress } : {};
}
