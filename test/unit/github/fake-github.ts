import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the GitHub REST endpoints the sticky comment uses: list an issue's
 * comments (paged, with a Link header as GitHub sends), create one, update one.
 */
export interface FakeComment {
  id: number;
  body: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeGitHub {
  url: string;
  comments: FakeComment[];
  requests: RecordedRequest[];
  /** When set, every request is answered with this status and message. */
  failWith?: { status: number; message: string };
  stop(): Promise<void>;
}

export interface FakeGitHubOptions {
  pageSize?: number;
  /** A path prefix such as `/api/v3` (GitHub Enterprise Server). */
  prefix?: string;
}

const LIST = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/;
const UPDATE = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/;

export async function startFakeGitHub(
  comments: FakeComment[],
  options: FakeGitHubOptions = {},
): Promise<FakeGitHub> {
  const fake: FakeGitHub = {
    url: '',
    comments: comments.map((comment) => ({ ...comment })),
    requests: [],
    stop: () => Promise.resolve(),
  };
  const server = createServer((request, response) => {
    void handle(fake, options, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}${options.prefix ?? ''}`;
  fake.stop = () => stopServer(server);
  return fake;
}

async function handle(
  fake: FakeGitHub,
  options: FakeGitHubOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', fake.url);
  const body = await readBody(request);
  const path = url.pathname.slice((options.prefix ?? '').length);
  fake.requests.push({
    method: request.method ?? '',
    path: `${path}${url.search}`,
    authorization: request.headers.authorization,
    body,
  });

  if (fake.failWith)
    return send(response, fake.failWith.status, { message: fake.failWith.message });
  const list = LIST.exec(path);
  if (list && request.method === 'GET') return listPage(fake, options, url, response);
  if (list && request.method === 'POST') return create(fake, list[3] ?? '', body, response);
  const update = UPDATE.exec(path);
  if (update && request.method === 'PATCH') return patch(fake, Number(update[3]), body, response);
  return send(response, 404, { message: 'Not Found' });
}

function listPage(
  fake: FakeGitHub,
  options: FakeGitHubOptions,
  url: URL,
  response: ServerResponse,
): void {
  const pageSize = options.pageSize ?? 30;
  const page = Number(url.searchParams.get('page') ?? '1');
  const slice = fake.comments.slice((page - 1) * pageSize, page * pageSize);
  const headers: Record<string, string> = {};
  if (page * pageSize < fake.comments.length) {
    const next = new URL(url);
    next.searchParams.set('page', String(page + 1));
    headers.link = `<${next.href}>; rel="next"`;
  }
  send(
    response,
    200,
    slice.map((comment) => toApi(fake, comment)),
    headers,
  );
}

function create(fake: FakeGitHub, issue: string, body: unknown, response: ServerResponse): void {
  const id = Math.max(1000, ...fake.comments.map((comment) => comment.id)) + 1;
  const comment = { id, body: readCommentBody(body) };
  fake.comments.push(comment);
  send(response, 201, { ...toApi(fake, comment), issue_url: issue });
}

function patch(fake: FakeGitHub, id: number, body: unknown, response: ServerResponse): void {
  const comment = fake.comments.find((candidate) => candidate.id === id);
  if (!comment) return send(response, 404, { message: 'Not Found' });

  comment.body = readCommentBody(body);
  send(response, 200, toApi(fake, comment));
}

function toApi(fake: FakeGitHub, comment: FakeComment) {
  return {
    id: comment.id,
    body: comment.body,
    html_url: `https://github.example/octo-org/web-infra/pull/12#issuecomment-${comment.id}`,
    url: `${fake.url}/repos/octo-org/web-infra/issues/comments/${comment.id}`,
  };
}

function readCommentBody(body: unknown): string {
  if (
    typeof body === 'object' &&
    body !== null &&
    'body' in body &&
    typeof body.body === 'string'
  ) {
    return body.body;
  }
  return '';
}

function send(
  response: ServerResponse,
  status: number,
  payload: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(payload));
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
