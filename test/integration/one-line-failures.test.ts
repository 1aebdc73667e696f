import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { expect } from 'chai';

import { runCli, tempDir } from '../helpers/run-cli.js';

/**
 * A failure the user can act on is one line on stderr: what was being done and what answered,
 * never a library's internals (an XML parser's complaint, an HTTP client's own log line).
 */
describe('failures told in one line', function () {
  this.timeout(60_000);
  let server: Server | undefined;

  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** A loopback server that answers every request with this status and body. */
  async function answering(status: number, body: string): Promise<string> {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(status, { 'content-type': 'text/html' });
        response.end(body);
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it('collect: an HTML error page is told by its status, not by the XML parser', async () => {
    const page = '<html><head><title>500</head><body>Internal Server Error</body></html>';
    const endpoint = await answering(500, page);
    const out = path.join(tempDir(), 'report.json');

    const result = await runCli([
      'collect',
      ...['--stack', 'web-prod', '--region', 'eu-west-1'],
      ...['--endpoint-url', endpoint, '--max-attempts', '1', '--out', out],
    ]);

    expect(result.code, result.stderr).to.equal(3);
    expect(result.stderr).to.contain(
      'DescribeStacks in eu-west-1 failed: ' +
        'the endpoint answered HTTP 500 with a body that is not an AWS response',
    );
    expect(result.stderr).to.not.match(/XML parse error|\$response|mismatched tags/);
  });

  it("comment: a refused connection is our one line, without Octokit's log line", async () => {
    await answering(200, '');
    const closed = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    const file = path.join(tempDir(), 'comment.md');
    writeFileSync(file, '<!-- stack-ami-report:default -->\nno AMI changes\n');

    const result = await runCli(
      ['comment', '--file', file, '--repo', 'o/r', '--pr', '1', '--github-api-url', closed],
      { env: { GITHUB_TOKEN: 'x' } },
    );

    expect(result.code, result.stderr).to.not.equal(0);
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines, result.stderr).to.have.length(1);
    expect(lines[0]).to.match(/^stack-ami-report: could not reach GitHub while listing/);
  });
});
