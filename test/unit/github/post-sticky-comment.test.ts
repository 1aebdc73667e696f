import { expect } from 'chai';
import sinon from 'sinon';

import { postStickyComment } from '../../../src/github/post-sticky-comment.js';
import { GitHubError, UsageError } from '../../../src/model/errors.js';
import type { Logger } from '../../../src/model/logger.js';
import { startFakeGitHub, type FakeComment, type FakeGitHub } from './fake-github.js';

const TOKEN = 'ghs_0123456789abcdefTOKENVALUE';
const MARKER = '<!-- stack-ami-report:default -->';
const BODY = `${MARKER}\n**AMI changes since 2026-12-01T12:00:00Z:** 1 changed\n`;

const others: FakeComment[] = [
  { id: 101, body: 'LGTM' },
  { id: 102, body: '<!-- stack-ami-report:prod -->\nanother environment' },
  { id: 103, body: `> ${MARKER}\n> quoted by a reviewer` },
  { id: 104, body: '<!-- other-bot -->\nplan: 3 to add' },
  { id: 105, body: 'ship it' },
];

interface SpyLogger extends Logger {
  debug: sinon.SinonSpy<[string], void>;
  info: sinon.SinonSpy<[string], void>;
  warn: sinon.SinonSpy<[string], void>;
  all(): string[];
}

function aSpy(): sinon.SinonSpy<[string], void> {
  return sinon.spy((message: string) => void message);
}

function spyLogger(): SpyLogger {
  const logger = { debug: aSpy(), info: aSpy(), warn: aSpy() };
  const all = () =>
    [logger.debug, logger.info, logger.warn].flatMap((spy) =>
      spy.getCalls().map((call) => String(call.args[0])),
    );
  return { ...logger, all };
}

describe('postStickyComment', () => {
  let github: FakeGitHub | undefined;

  afterEach(async () => {
    await github?.stop();
    github = undefined;
  });

  function target(apiUrl: string, logger: Logger) {
    const issue = { owner: 'octo-org', repo: 'web-infra', issueNumber: 12 };
    return { ...issue, token: TOKEN, body: BODY, marker: MARKER, apiUrl, logger };
  }

  async function post(comments: FakeComment[], overrides = {}, pageSize = 2) {
    github = await startFakeGitHub(comments, { pageSize });
    return postStickyComment({
      token: TOKEN,
      owner: 'octo-org',
      repo: 'web-infra',
      issueNumber: 12,
      body: BODY,
      marker: MARKER,
      apiUrl: github.url,
      ...overrides,
    });
  }

  it(
    'creates the comment when no comment begins ' + 'with its marker, leaving others alone',
    async () => {
      const result = await post(others);

      expect(result).to.deep.equal({
        action: 'created',
        url: 'https://github.example/octo-org/web-infra/pull/12#issuecomment-1001',
      });
      expect(github?.comments.slice(0, others.length)).to.deep.equal(others);
      expect(github?.comments.at(-1)).to.deep.equal({ id: 1001, body: BODY });
      expect(github?.requests.map((request) => request.method)).to.deep.equal([
        'GET',
        'GET',
        'GET',
        'POST',
      ]);
    },
  );

  it('updates its own comment found on a later page, and nothing else', async () => {
    const own = { id: 106, body: `${MARKER}\nold diff` };

    const result = await post([...others, own]);

    expect(result).to.deep.equal({
      action: 'updated',
      url: 'https://github.example/octo-org/web-infra/pull/12#issuecomment-106',
    });
    expect(github?.comments).to.deep.equal([...others, { id: 106, body: BODY }]);
    const writes = github?.requests.filter((request) => request.method !== 'GET');
    expect(writes?.map((request) => [request.method, request.path])).to.deep.equal([
      ['PATCH', '/repos/octo-org/web-infra/issues/comments/106'],
    ]);
  });

  it('reads every page of comments', async () => {
    await post([...others, { id: 106, body: 'x' }, { id: 107, body: 'y' }]);

    const pages = github?.requests
      .filter((request) => request.method === 'GET')
      .map((request) => new URL(request.path, 'http://x').searchParams.get('page'));
    expect(pages).to.deep.equal([null, '2', '3', '4']);
  });

  it('updates the oldest of several own comments and warns about the others', async () => {
    const logger = spyLogger();
    const newer = { id: 300, body: `${MARKER}\nnewer` };
    const older = { id: 200, body: `\n${MARKER}\nolder` };

    const result = await post([newer, older], { logger });

    expect(result.action).to.equal('updated');
    expect(github?.comments).to.deep.equal([newer, { id: 200, body: BODY }]);
    expect(logger.warn.calledOnceWith(`2 comments carry ${MARKER}; updating the oldest`)).to.equal(
      true,
    );
  });

  it('sends the token only in the authorization header', async () => {
    await post([]);

    const auth = github?.requests.map((request) => request.authorization);
    expect(auth).to.deep.equal([`token ${TOKEN}`, `token ${TOKEN}`]);
    expect(JSON.stringify(github?.requests.map((request) => request.body))).to.not.contain(TOKEN);
  });

  it('talks to a GitHub Enterprise API under its path prefix', async () => {
    github = await startFakeGitHub([], { prefix: '/api/v3' });

    const result = await postStickyComment({
      token: TOKEN,
      owner: 'octo-org',
      repo: 'web-infra',
      issueNumber: 12,
      body: BODY,
      marker: MARKER,
      apiUrl: `${github.url}/`,
    });

    expect(result.action).to.equal('created');
    expect(github.requests.map((request) => request.path.split('?')[0])).to.deep.equal([
      '/repos/octo-org/web-infra/issues/12/comments',
      '/repos/octo-org/web-infra/issues/12/comments',
    ]);
  });

  it('explains a refusal with the status and a hint, never showing the token', async () => {
    github = await startFakeGitHub([]);
    github.failWith = { status: 403, message: `Resource not accessible by integration ${TOKEN}` };
    const logger = spyLogger();

    const error = await postStickyComment({
      token: TOKEN,
      owner: 'octo-org',
      repo: 'web-infra',
      issueNumber: 12,
      body: BODY,
      marker: MARKER,
      apiUrl: github.url,
      logger,
    }).catch((caught: unknown) => caught);

    expect(error).to.be.instanceOf(GitHubError);
    const githubError = error as GitHubError;
    expect(githubError.message).to.match(
      /^GitHub answered HTTP 403 while listing the comments of octo-org\/web-infra#12: /,
    );
    expect(githubError.hint).to.contain('pull-requests: write');
    expect(githubError.cause).to.equal(undefined);
    const everything = [githubError.message, githubError.hint, githubError.stack, ...logger.all()];
    expect(everything.join('\n')).to.not.contain(TOKEN);
  });

  it('says when GitHub cannot be reached', async () => {
    github = await startFakeGitHub([]);
    const apiUrl = github.url;
    await github.stop();
    github = undefined;

    const error = await postStickyComment({
      token: TOKEN,
      owner: 'octo-org',
      repo: 'web-infra',
      issueNumber: 12,
      body: BODY,
      marker: MARKER,
      apiUrl,
    }).catch((caught: unknown) => caught);

    expect(error).to.be.instanceOf(GitHubError);
    expect((error as GitHubError).message).to.match(/^could not reach GitHub while listing/);
  });

  it("leaves a failure to the error, keeping Octokit's log line for --debug", async () => {
    github = await startFakeGitHub([]);
    github.failWith = { status: 401, message: 'Bad credentials' };
    const logger = spyLogger();

    const error = await postStickyComment(target(github.url, logger)).catch(
      (caught: unknown) => caught,
    );

    expect(error).to.be.instanceOf(GitHubError);
    expect(logger.warn.called, logger.all().join('\n')).to.equal(false);
    expect(logger.info.called).to.equal(false);
    expect(logger.debug.args.flat().join('\n')).to.match(/GET \/repos\/.* - 401 /);
  });

  it('says nothing but the error when GitHub cannot be reached', async () => {
    github = await startFakeGitHub([]);
    const apiUrl = github.url;
    await github.stop();
    github = undefined;
    const logger = spyLogger();

    const error = await postStickyComment(target(apiUrl, logger)).catch(
      (caught: unknown) => caught,
    );

    expect(error).to.be.instanceOf(GitHubError);
    expect(logger.warn.called, logger.all().join('\n')).to.equal(false);
  });

  describe('refuses before calling GitHub', () => {
    for (const [what, overrides] of [
      ['an empty token', { token: ' ' }],
      ['a body without its marker', { body: 'no marker here' }],
      ['a body over 65536 characters', { body: `${MARKER}\n${'x'.repeat(65_536)}` }],
    ] as const) {
      it(`refuses ${what}`, async () => {
        const error = await post([], overrides).catch((caught: unknown) => caught);

        expect(error).to.be.instanceOf(UsageError);
        expect(github?.requests).to.deep.equal([]);
      });
    }
  });
});
