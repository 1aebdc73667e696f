import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expect } from 'chai';

import { collectFromSource } from '../../../src/pipeline/collect-from-source.js';
import { REPORT_CLOCK } from '../../helpers/report-builders.js';

/** A loopback endpoint that never answers, and tells when a waiting request is dropped. */
async function silentEndpoint() {
  const dropped: IncomingMessage[] = [];
  const received: number[] = [];
  const server: Server = createServer((request) => {
    received.push(Date.now());
    request.socket.once('close', () => dropped.push(request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, dropped, received, server };
}

describe('collectFromSource with a timeout', () => {
  it('returns an incomplete report and drops the request still in flight', async function () {
    this.timeout(10_000);
    const endpoint = await silentEndpoint();
    const started = Date.now();

    const report = await collectFromSource(
      {
        selection: {
          stacks: ['web-prod'],
          stackTags: [],
          regions: ['eu-west-1'],
          amiParameters: [],
          detectByType: false,
        },
        aws: {
          endpointUrl: endpoint.url,
          credentials: () => Promise.resolve({ accessKeyId: 'test', secretAccessKey: 'test' }),
        },
        timeoutSeconds: 1,
      },
      {
        generator: { name: 'stack-ami-report', version: 'test' },
        clock: () => new Date(REPORT_CLOCK),
      },
    );
    const returned = Date.now();
    // the SDK would retry an abandoned request after a back-off; an aborted one stays dropped
    await new Promise((resolve) => setTimeout(resolve, 2000));
    endpoint.server.close();

    expect(Date.now() - started).to.be.below(5000);
    expect(report.complete).to.equal(false);
    expect(report.errors.map((e) => [e.operation, e.code])).to.deep.equal([
      ['DescribeStacks', 'Timeout'],
    ]);
    expect(endpoint.dropped.length).to.be.greaterThan(0);
    expect(endpoint.received.filter((at) => at > returned)).to.deep.equal([]);
  });
});
