import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expect } from 'chai';

import { FaultProxy, imageIdsOf, type FaultProxyOptions } from '../../helpers/fault-proxy.js';

const KNOWN = ['ami-0aaaaaaaaaaaaaaa1', 'ami-0bbbbbbbbbbbbbbb2'];

/** Answers like moto: DescribeImages returns the known ids asked for, silently dropping others. */
function startLenientUpstream(): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const ids = imageIdsOf(params).filter((id) => KNOWN.includes(id));
      const items = ids.map((id) => `<item><imageId>${id}</imageId></item>`).join('');
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(
        `<Response action="${params.get('Action')}"><imagesSet>${items}</imagesSet></Response>`,
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function send(endpoint: string, service: string, params: Record<string, string>) {
  return fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `AWS4-HMAC-SHA256 Credential=test/20261203/eu-west-1/${service}/aws4_request`,
    },
    body: new URLSearchParams(params).toString(),
  });
}

describe('FaultProxy', () => {
  let upstream: Server;
  let proxy: FaultProxy | undefined;

  before(async () => {
    upstream = await startLenientUpstream();
  });

  after(async () => {
    upstream.closeAllConnections();
    await new Promise((resolve) => upstream.close(resolve));
  });

  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  async function start(options: Omit<FaultProxyOptions, 'upstream'> = {}) {
    const { port } = upstream.address() as AddressInfo;
    proxy = await FaultProxy.start({ upstream: `http://127.0.0.1:${port}`, ...options });
    return proxy;
  }

  it('forwards requests and counts them per Action', async () => {
    const started = await start();

    const first = await send(started.endpoint, 'cloudformation', { Action: 'DescribeStacks' });
    await send(started.endpoint, 'cloudformation', { Action: 'DescribeStacks' });
    await send(started.endpoint, 'ec2', { Action: 'DescribeImages', 'ImageId.1': KNOWN[0] ?? '' });

    expect(first.status).to.equal(200);
    expect(await first.text()).to.include('action="DescribeStacks"');
    expect(started.counts()).to.deep.equal({ DescribeImages: 1, DescribeStacks: 2 });
    expect(started.requests('DescribeImages').map((r) => imageIdsOf(r.params))).to.deep.equal([
      [KNOWN[0]],
    ]);
  });

  it('throttles CloudFormation as AWS does the given number of times, then passes', async () => {
    const started = await start({
      rules: [{ action: 'DescribeStacks', fault: 'throttle', times: 2 }],
    });

    const statuses: number[] = [];
    let body = '';
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await send(started.endpoint, 'cloudformation', { Action: 'DescribeStacks' });
      statuses.push(response.status);
      if (attempt === 0) body = await response.text();
    }

    expect(statuses).to.deep.equal([400, 400, 200]);
    expect(body).to.include('<Type>Sender</Type><Code>Throttling</Code>');
    expect(body).to.include('<Message>Rate exceeded</Message>');
  });

  it('throttles EC2 with 503 RequestLimitExceeded, and leaves other actions alone', async () => {
    const started = await start({ rules: [{ action: 'DescribeImages', fault: 'throttle' }] });

    const images = await send(started.endpoint, 'ec2', { Action: 'DescribeImages' });
    const stacks = await send(started.endpoint, 'cloudformation', { Action: 'DescribeStacks' });

    expect(images.status).to.equal(503);
    expect(await images.text()).to.include('<Errors><Error><Code>RequestLimitExceeded</Code>');
    expect(stacks.status).to.equal(200);
  });

  it('answers 500 and 503 server errors', async () => {
    const started = await start({
      rules: [
        { action: 'DescribeStacks', fault: 'server-error', status: 500, times: 1 },
        { action: 'DescribeStacks', fault: 'server-error', status: 503, times: 1 },
      ],
    });

    const first = await send(started.endpoint, 'cloudformation', { Action: 'DescribeStacks' });
    const second = await send(started.endpoint, 'cloudformation', { Action: 'DescribeStacks' });

    expect([first.status, second.status]).to.deep.equal([500, 503]);
    expect(await first.text()).to.include('<Code>InternalFailure</Code>');
  });

  it('drops the connection for a reset', async () => {
    const started = await start({
      rules: [{ action: 'DescribeStacks', fault: 'reset', times: 1 }],
    });

    const failed = await send(started.endpoint, 'cloudformation', {
      Action: 'DescribeStacks',
    }).then(
      () => false,
      () => true,
    );
    const next = await send(started.endpoint, 'cloudformation', { Action: 'DescribeStacks' });

    expect(failed).to.equal(true);
    expect(next.status).to.equal(200);
  });

  it('holds a delayed request before forwarding it', async () => {
    const started = await start({
      rules: [{ action: 'DescribeStacks', fault: 'delay', delayMs: 300 }],
    });

    const begun = Date.now();
    const response = await send(started.endpoint, 'cloudformation', { Action: 'DescribeStacks' });

    expect(response.status).to.equal(200);
    expect(Date.now() - begun).to.be.at.least(290);
  });

  describe('with AWS-faithful DescribeImages', () => {
    it('fails the whole call naming the unknown ids, as EC2 does', async () => {
      const started = await start({ faithfulImages: true });

      const response = await send(started.endpoint, 'ec2', {
        Action: 'DescribeImages',
        'ImageId.1': KNOWN[0] ?? '',
        'ImageId.2': 'ami-0ccccccccccccccc3',
        'ImageId.3': 'ami-0ddddddddddddddd4',
      });

      expect(response.status).to.equal(400);
      const body = await response.text();
      expect(body).to.include('<Code>InvalidAMIID.NotFound</Code>');
      expect(body).to.include(
        "The image id '[ami-0ccccccccccccccc3, ami-0ddddddddddddddd4]' does not exist",
      );
    });

    it('rejects a malformed id before looking anything up', async () => {
      const started = await start({ faithfulImages: true });

      const response = await send(started.endpoint, 'ec2', {
        Action: 'DescribeImages',
        'ImageId.1': KNOWN[0] ?? '',
        'ImageId.2': 'ami-xyz',
      });

      expect(response.status).to.equal(400);
      const body = await response.text();
      expect(body).to.include('<Code>InvalidAMIID.Malformed</Code>');
      expect(body).to.include('"ami-xyz"');
    });

    it('rejects MaxResults together with ImageIds', async () => {
      const started = await start({ faithfulImages: true });

      const response = await send(started.endpoint, 'ec2', {
        Action: 'DescribeImages',
        'ImageId.1': KNOWN[0] ?? '',
        MaxResults: '5',
      });

      expect(response.status).to.equal(400);
      expect(await response.text()).to.include('<Code>InvalidParameterCombination</Code>');
    });

    it('passes a call whose ids all exist', async () => {
      const started = await start({ faithfulImages: true });

      const response = await send(started.endpoint, 'ec2', {
        Action: 'DescribeImages',
        'ImageId.1': KNOWN[1] ?? '',
        'ImageId.2': KNOWN[0] ?? '',
      });

      expect(response.status).to.equal(200);
      expect(await response.text()).to.include(`<imageId>${KNOWN[1]}</imageId>`);
    });
  });

  it('refuses an upstream that is not on loopback', async () => {
    const refused = await FaultProxy.start({ upstream: 'http://example.com:80' }).then(
      () => undefined,
      (error: Error) => error.message,
    );

    expect(refused).to.include('only forwards to loopback');
  });
});
