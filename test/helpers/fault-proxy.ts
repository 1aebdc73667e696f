import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of moto_server that answers the way AWS does under stress or
 * where moto is lenient: throttling, 5xx, dropped connections, slow answers, and DescribeImages
 * failing as a whole for an unknown or malformed id. It records every request by its Action.
 */

export type FaultKind = 'throttle' | 'server-error' | 'reset' | 'delay';

export interface FaultRule {
  /** The query-protocol Action the rule applies to, such as DescribeStacks. */
  action: string;
  fault: FaultKind;
  /** How many matching requests get the fault before requests pass; absent: all of them. */
  times?: number;
  /** For server-error: 500 (InternalFailure) or 503 (Unavailable). Default 503. */
  status?: 500 | 503;
  /** For delay: how long to hold the request before forwarding it (at most 30 s). */
  delayMs?: number;
}

export interface FaultProxyOptions {
  /** moto_server's endpoint; must be on loopback. */
  upstream: string;
  rules?: FaultRule[];
  /** Make DescribeImages with ImageIds fail like EC2 does for unknown or malformed ids. */
  faithfulImages?: boolean;
}

/** One request seen by the proxy: its Action and its form parameters. */
export interface SeenRequest {
  action: string;
  service: string;
  params: URLSearchParams;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;
const MAX_DELAY_MS = 30_000;
const AMI_ID = /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/;
const EC2_ACTIONS = /^(Describe|Register|Deregister|Copy|Create|Delete)(Images?|Tags)$/;

interface ActiveRule {
  rule: FaultRule;
  used: number;
}

export class FaultProxy {
  private rules: ActiveRule[] = [];
  private faithfulImages: boolean;
  private readonly seen: SeenRequest[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(
    private readonly server: Server,
    private readonly upstream: URL,
    options: FaultProxyOptions,
  ) {
    this.faithfulImages = options.faithfulImages ?? false;
    this.setRules(options.rules ?? []);
  }

  static async start(options: FaultProxyOptions): Promise<FaultProxy> {
    const upstream = new URL(options.upstream);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(upstream.hostname)) {
      throw new Error(`the fault proxy only forwards to loopback, not ${upstream.hostname}`);
    }
    const server = createServer();
    const proxy = new FaultProxy(server, upstream, options);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      proxy.handle(request, response).catch(() => response.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get endpoint(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Replaces the rules and forgets what earlier rules have used. */
  setRules(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, used: 0 }));
  }

  setFaithfulImages(on: boolean): void {
    this.faithfulImages = on;
  }

  /** Requests received (every attempt, faulted or not) with this Action. */
  requests(action: string): SeenRequest[] {
    return this.seen.filter((request) => request.action === action);
  }

  /** Requests received per Action, sorted by Action. */
  counts(): Record<string, number> {
    const counts = new Map<string, number>();
    for (const { action } of this.seen) counts.set(action, (counts.get(action) ?? 0) + 1);
    return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Forgets the recorded requests and the rules. */
  clear(): void {
    this.seen.length = 0;
    this.setRules([]);
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    if (body === undefined) return void response.writeHead(413).end();

    const params = new URLSearchParams(body.toString('utf8'));
    const action = params.get('Action') ?? 'Unknown';
    const service = serviceOf(request.headers, action);
    this.seen.push({ action, service, params });

    const rule = this.nextFault(action);
    if (rule && rule.fault !== 'delay') return answerFault(rule, service, request, response);
    if (rule?.fault === 'delay') await this.sleep(Math.min(rule.delayMs ?? 0, MAX_DELAY_MS));
    if (response.destroyed || request.socket.destroyed) return;

    if (this.faithfulImages && action === 'DescribeImages') {
      return this.describeImagesAsAws(request, response, body, params);
    }
    const upstream = await this.forward(request, body);
    sendUpstream(response, upstream);
  }

  private nextFault(action: string): FaultRule | undefined {
    const active = this.rules.find(
      ({ rule, used }) => rule.action === action && (rule.times === undefined || used < rule.times),
    );
    if (!active) return undefined;
    active.used += 1;
    return active.rule;
  }

  /** EC2 rejects the whole call when one id is malformed or unknown; moto returns the rest. */
  private async describeImagesAsAws(
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    params: URLSearchParams,
  ): Promise<void> {
    const ids = imageIdsOf(params);
    if (ids.length > 0 && params.has('MaxResults')) {
      return sendEc2Error(response, 400, 'InvalidParameterCombination', COMBINATION_MESSAGE);
    }
    const malformed = ids.filter((id) => !AMI_ID.test(id));
    if (malformed.length > 0) {
      const message = `Invalid id: "${malformed[0] ?? ''}" (expecting "ami-...")`;
      return sendEc2Error(response, 400, 'InvalidAMIID.Malformed', message);
    }

    const upstream = await this.forward(request, body);
    const known = new Set(
      [...upstream.body.toString('utf8').matchAll(IMAGE_ID_ELEMENT)].map((match) => match[1]),
    );
    const unknown = ids.filter((id) => !known.has(id));
    if (upstream.status === 200 && unknown.length > 0) {
      const message = `The image id '[${unknown.join(', ')}]' does not exist`;
      return sendEc2Error(response, 400, 'InvalidAMIID.NotFound', message);
    }
    sendUpstream(response, upstream);
  }

  private forward(request: IncomingMessage, body: Buffer): Promise<UpstreamAnswer> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: this.upstream.hostname,
          port: this.upstream.port,
          method: request.method,
          path: request.url,
          headers: { ...request.headers, host: this.upstream.host },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: Buffer.concat(chunks),
            }),
          );
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

interface UpstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const IMAGE_ID_ELEMENT = /<imageId>([^<]+)<\/imageId>/g;
const COMBINATION_MESSAGE =
  'The parameter imageIdsSet cannot be used with the parameter maxResults';

function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The service from the SigV4 credential scope (`.../REGION/SERVICE/aws4_request`). */
function serviceOf(headers: IncomingHttpHeaders, action: string): string {
  const scope = /Credential=[^/]+\/\d+\/[^/]+\/([^/]+)\/aws4_request/.exec(
    headers.authorization ?? '',
  );
  if (scope?.[1]) return scope[1];
  return EC2_ACTIONS.test(action) ? 'ec2' : 'cloudformation';
}

/** `ImageId.1=...` as the SDK writes a DescribeImages ImageIds list, in request order. */
export function imageIdsOf(params: URLSearchParams): string[] {
  return [...params.entries()]
    .filter(([key]) => /^ImageIds?\.\d+$/.test(key))
    .sort(([a], [b]) => Number(a.split('.')[1]) - Number(b.split('.')[1]))
    .map(([, value]) => value);
}

function answerFault(
  rule: FaultRule,
  service: string,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  if (rule.fault === 'reset') {
    request.socket.destroy();
    return;
  }
  const ec2 = service === 'ec2';
  if (rule.fault === 'throttle') {
    if (ec2) sendEc2Error(response, 503, 'RequestLimitExceeded', 'Request limit exceeded.');
    else sendQueryError(response, 400, 'Sender', 'Throttling', 'Rate exceeded');
    return;
  }
  const status = rule.status ?? 503;
  const code = status === 500 ? 'InternalFailure' : 'ServiceUnavailable';
  if (ec2) sendEc2Error(response, status, status === 500 ? 'InternalError' : 'Unavailable', code);
  else sendQueryError(response, status, 'Receiver', code, 'The service is unavailable.');
}

/** CloudFormation's query-protocol error document. */
function sendQueryError(
  response: ServerResponse,
  status: number,
  type: string,
  code: string,
  message: string,
): void {
  const xml =
    '<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">' +
    `<Error><Type>${type}</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message>` +
    `</Error><RequestId>${requestId()}</RequestId></ErrorResponse>`;
  sendXml(response, status, xml);
}

/** EC2's error document, which differs from the other query services. */
function sendEc2Error(response: ServerResponse, status: number, code: string, message: string) {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error>' +
    `<Code>${code}</Code><Message>${escapeXml(message)}</Message></Error></Errors>` +
    `<RequestID>${requestId()}</RequestID></Response>`;
  sendXml(response, status, xml);
}

function sendXml(response: ServerResponse, status: number, xml: string): void {
  response.writeHead(status, {
    'content-type': 'text/xml;charset=UTF-8',
    'content-length': Buffer.byteLength(xml),
    'x-amzn-requestid': requestId(),
  });
  response.end(xml);
}

function sendUpstream(response: ServerResponse, upstream: UpstreamAnswer): void {
  const headers = { ...upstream.headers };
  delete headers['transfer-encoding'];
  headers['content-length'] = String(upstream.body.length);
  response.writeHead(upstream.status, headers);
  response.end(upstream.body);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

let sequence = 0;

function requestId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}
