import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import pLimit from 'p-limit';

import type { AwsClientOptions } from '../aws/client-factory.js';
import type { SelectionOptions, TargetConfig } from '../config/config-types.js';
import type { AmiReport } from '../model/report.js';
import { collectLive } from './collect-live.js';
import type { CollectDeps } from './collect.js';
import { mergeReports } from './merge-reports.js';

export interface TargetRun {
  targets: TargetConfig[];
  /** Parameter detection settings shared by every target. */
  selection: SelectionOptions;
  aws: Omit<AwsClientOptions, 'stats' | 'credentials'>;
  concurrency: number;
  timeoutSeconds?: number;
}

/**
 * Collects several accounts, each through a role assumed with the SDK's credential chain,
 * at most `concurrency` at a time, and merges the parts. A role that cannot be assumed makes
 * that target's calls fail: they are recorded as errors and the other targets still report.
 */
export async function collectTargets(
  run: TargetRun,
  deps: Omit<CollectDeps, 'reader' | 'stats'>,
): Promise<AmiReport> {
  const limit = pLimit(run.concurrency);
  const parts = await Promise.all(
    run.targets.map((target, index) =>
      limit(async () => ({
        name: target.name ?? target.roleArn ?? `target ${index + 1}`,
        report: await collectTarget(target, run, deps),
      })),
    ),
  );
  const merged = mergeReports(parts, deps.clock().toISOString());
  return { ...merged, source: { kind: 'aws', regions: uniqueRegions(run.targets) } };
}

async function collectTarget(
  target: TargetConfig,
  run: TargetRun,
  deps: Omit<CollectDeps, 'reader' | 'stats'>,
): Promise<AmiReport> {
  return collectLive(
    {
      collect: {
        selection: selectionFor(target, run.selection),
        readTemplateSummaries: run.selection.detectByType,
        concurrency: run.concurrency,
        ...accountOf(target),
      },
      aws: { ...run.aws, ...credentialsFor(target, run) },
      ...(run.timeoutSeconds !== undefined ? { timeoutSeconds: run.timeoutSeconds } : {}),
    },
    deps,
  );
}

function credentialsFor(target: TargetConfig, run: TargetRun) {
  if (!target.roleArn) return {};
  const credentials = fromTemporaryCredentials({
    params: {
      RoleArn: target.roleArn,
      RoleSessionName: target.sessionName ?? 'stack-ami-report',
      ...(target.externalId ? { ExternalId: target.externalId } : {}),
    },
    clientConfig: {
      region: target.regions[0],
      ...(run.aws.endpointUrl ? { endpoint: run.aws.endpointUrl } : {}),
      ...(run.aws.profile ? { profile: run.aws.profile } : {}),
    },
  });
  return { credentials };
}

function selectionFor(target: TargetConfig, shared: SelectionOptions): SelectionOptions {
  return {
    stacks: target.stacks ?? [],
    stackTags: target.stackTags ?? [],
    regions: target.regions,
    amiParameters: shared.amiParameters,
    detectByType: shared.detectByType,
    ...(target.stackPrefix !== undefined ? { stackPrefix: target.stackPrefix } : {}),
  };
}

function uniqueRegions(targets: TargetConfig[]): string[] {
  return [...new Set(targets.flatMap((target) => target.regions))].sort();
}

/** The account a role belongs to: `arn:aws:iam::ACCOUNT:role/NAME`. */
function accountOf(target: TargetConfig): { accountId?: string } {
  const account = /^arn:aws[a-z-]*:iam::(\d{12}):role\//.exec(target.roleArn ?? '')?.[1];
  return account ? { accountId: account } : {};
}
