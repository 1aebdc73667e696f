import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { EC2Client } from '@aws-sdk/client-ec2';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentityProvider, Client, MetadataBearer } from '@smithy/types';

import type { CallStats } from './call-stats.js';

export interface AwsClientOptions {
  profile?: string;
  /** An endpoint for every service (an emulator); the SDK also honours AWS_ENDPOINT_URL. */
  endpointUrl?: string;
  /** Attempts per call, first one included; throttling after a deploy needs more than 3. */
  maxAttempts?: number;
  /** Per-request socket timeout in milliseconds. */
  requestTimeoutMs?: number;
  credentials?: AwsCredentialIdentityProvider;
  stats?: CallStats;
}

export const DEFAULT_MAX_ATTEMPTS = 8;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Makes one client per service and region, on first use, all configured alike. */
export class ClientFactory {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly options: AwsClientOptions = {}) {}

  cloudFormation(region: string): CloudFormationClient {
    return this.cached(`cloudformation:${region}`, () =>
      this.instrument(new CloudFormationClient(this.config(region))),
    );
  }

  ec2(region: string): EC2Client {
    return this.cached(`ec2:${region}`, () => this.instrument(new EC2Client(this.config(region))));
  }

  /** Stops keep-alive sockets so that the process can exit at once. */
  destroy(): void {
    for (const client of this.cache.values()) (client as { destroy(): void }).destroy();
    this.cache.clear();
  }

  private config(region: string) {
    return {
      region,
      maxAttempts: this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      // adaptive mode also slows the client down when AWS throttles, instead of only retrying
      retryMode: 'adaptive',
      ...(this.options.profile ? { profile: this.options.profile } : {}),
      ...(this.options.endpointUrl ? { endpoint: this.options.endpointUrl } : {}),
      ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
      requestHandler: new NodeHttpHandler({
        requestTimeout: this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        // without this the SDK only logs a warning when a request times out
        throwOnRequestTimeout: true,
      }),
    };
  }

  private cached<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }

  private instrument<C extends Client<object, MetadataBearer, object>>(client: C): C {
    const stats = this.options.stats;
    if (!stats) return client;

    client.middlewareStack.add(
      (next) => (args) => {
        stats.call();
        return next(args);
      },
      { step: 'initialize', name: 'countCalls' },
    );
    client.middlewareStack.add(
      (next, context) => (args) => {
        stats.attempt(String(context.commandName ?? 'unknown').replace(/Command$/, ''));
        return next(args);
      },
      { step: 'deserialize', name: 'countAttempts' },
    );
    return client;
  }
}
