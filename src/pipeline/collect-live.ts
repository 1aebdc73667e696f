import { CallStats } from '../aws/call-stats.js';
import { ClientFactory, type AwsClientOptions } from '../aws/client-factory.js';
import { readerWithDeadline } from '../aws/deadline-reader.js';
import { LiveReader } from '../aws/live-reader.js';
import type { AmiReport } from '../model/report.js';
import { collectReport, type CollectDeps, type CollectOptions } from './collect.js';

export interface LiveRun {
  collect: Omit<CollectOptions, 'source'>;
  aws: Omit<AwsClientOptions, 'stats'>;
  timeoutSeconds?: number;
}

/**
 * One collection from live AWS with its own clients: calls counted, the deadline aborting the
 * requests still in flight, and the clients closed afterwards whatever happens.
 */
export async function collectLive(
  run: LiveRun,
  deps: Omit<CollectDeps, 'reader' | 'stats'>,
): Promise<AmiReport> {
  const stats = new CallStats();
  const clients = new ClientFactory({ ...run.aws, stats });
  const abort = new AbortController();
  try {
    const live = new LiveReader(clients, abort.signal);
    const reader = readerWithDeadline(live, run.timeoutSeconds, () => abort.abort());
    // the regions of an AWS source are those actually read; collectReport fills them in
    const source = { kind: 'aws' as const, regions: [] };
    return await collectReport({ ...run.collect, source }, { ...deps, reader, stats });
  } finally {
    clients.destroy();
  }
}
