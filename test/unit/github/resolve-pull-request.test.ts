import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { expect } from 'chai';

import { resolvePullRequest } from '../../../src/github/resolve-pull-request.js';
import { InputError, UsageError } from '../../../src/model/errors.js';

describe('resolvePullRequest', () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'resolve-pr-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function eventFile(event: unknown): Promise<string> {
    const file = path.join(folder, 'event.json');
    await writeFile(file, JSON.stringify(event), 'utf8');
    return file;
  }

  async function refusal(promise: Promise<unknown>): Promise<Error> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof Error)) throw new Error('it resolved');
    return error;
  }

  it('takes the repository and number from the flags', async () => {
    expect(await resolvePullRequest({}, { repo: 'octo-org/web-infra', pr: '12' })).to.deep.equal({
      owner: 'octo-org',
      repo: 'web-infra',
      issueNumber: 12,
    });
  });

  it('reads a GitHub Actions pull_request run', async () => {
    const env = {
      GITHUB_REPOSITORY: 'octo-org/web-infra',
      GITHUB_EVENT_PATH: await eventFile({ action: 'synchronize', pull_request: { number: 42 } }),
      GITHUB_API_URL: 'https://api.github.com',
    };

    expect(await resolvePullRequest(env)).to.deep.equal({
      owner: 'octo-org',
      repo: 'web-infra',
      issueNumber: 42,
      apiUrl: 'https://api.github.com',
    });
  });

  it('reads a comment event on a pull request', async () => {
    const env = {
      GITHUB_REPOSITORY: 'octo-org/web-infra',
      GITHUB_EVENT_PATH: await eventFile({ issue: { number: 7, pull_request: { url: 'x' } } }),
    };

    expect((await resolvePullRequest(env)).issueNumber).to.equal(7);
  });

  it('lets the flags win over the CI environment', async () => {
    const env = {
      GITHUB_REPOSITORY: 'octo-org/web-infra',
      GITHUB_EVENT_PATH: await eventFile({ pull_request: { number: 42 } }),
      GITHUB_API_URL: 'https://api.github.com',
    };

    const target = await resolvePullRequest(env, {
      repo: 'other/repo',
      pr: 9,
      githubApiUrl: 'https://ghe.example.com/api/v3',
    });

    expect(target).to.deep.equal({
      owner: 'other',
      repo: 'repo',
      issueNumber: 9,
      apiUrl: 'https://ghe.example.com/api/v3',
    });
  });

  it('refuses a GitHub Actions run that is not for a pull request', async () => {
    const env = {
      GITHUB_REPOSITORY: 'octo-org/web-infra',
      GITHUB_EVENT_PATH: await eventFile({ ref: 'refs/heads/main', issue: { number: 3 } }),
    };

    const error = await refusal(resolvePullRequest(env));

    expect(error).to.be.instanceOf(UsageError);
    expect(error.message).to.equal('this GitHub Actions run is not for a pull request');
  });

  it('refuses an event file it cannot read', async () => {
    const env = { GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_PATH: path.join(folder, 'missing.json') };

    expect(await refusal(resolvePullRequest(env))).to.be.instanceOf(InputError);
  });

  it('reads a Jenkins multibranch pull-request build on github.com', async () => {
    const env = { CHANGE_ID: '17', CHANGE_URL: 'https://github.com/octo-org/web-infra/pull/17' };

    expect(await resolvePullRequest(env)).to.deep.equal({
      owner: 'octo-org',
      repo: 'web-infra',
      issueNumber: 17,
    });
  });

  it(
    'derives the GitHub Enterprise API root ' + 'from a Jenkins CHANGE_URL on another host',
    async () => {
      const env = { CHANGE_ID: '5', CHANGE_URL: 'https://ghe.example.com/platform/amis/pull/5' };

      expect(await resolvePullRequest(env)).to.deep.equal({
        owner: 'platform',
        repo: 'amis',
        issueNumber: 5,
        apiUrl: 'https://ghe.example.com/api/v3',
      });
    },
  );

  it('refuses a Jenkins change that is not a GitHub pull request, naming CHANGE_URL', async () => {
    const url = 'https://gitlab.example.com/platform/amis/-/merge_requests/5';

    const error = await refusal(resolvePullRequest({ CHANGE_ID: '5', CHANGE_URL: url }));

    expect(error).to.be.instanceOf(UsageError);
    expect(error.message).to.equal(
      `CHANGE_URL ${url} is not a GitHub pull-request URL, so the repository is unknown`,
    );
  });

  it('says what to pass when nothing names a pull request', async () => {
    const error = await refusal(resolvePullRequest({ GITHUB_REPOSITORY: 'a/b' }));

    expect(error).to.be.instanceOf(UsageError);
    expect((error as UsageError).hint).to.contain('--pr NUMBER');
  });

  it('says what to pass when nothing names a repository', async () => {
    const error = await refusal(resolvePullRequest({}, { pr: '3' }));

    expect(error.message).to.equal('cannot tell which GitHub repository to comment on');
    expect((error as UsageError).hint).to.contain('--repo OWNER/NAME');
  });

  it('refuses a malformed repository or number', async () => {
    expect(await refusal(resolvePullRequest({}, { repo: 'web-infra', pr: '3' }))).to.be.instanceOf(
      UsageError,
    );
    const error = await refusal(resolvePullRequest({}, { repo: 'a/b', pr: '#3' }));
    expect(error.message).to.equal('--pr "#3" is not a pull-request number');
  });
});
