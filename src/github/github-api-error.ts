import { GitHubError } from '../model/errors.js';

/**
 * Turns what Octokit threw into a GitHubError that says what was being done and what to check.
 * The token is scrubbed from every text kept, and Octokit's error (which carries the request)
 * is not kept as the cause, so that no log line can show the token.
 */
export function toGitHubError(error: unknown, doing: string, token: string): GitHubError {
  const status = readStatus(error);
  const detail = scrubToken(readMessage(error), token);
  if (status === undefined) {
    return new GitHubError(`could not reach GitHub while ${doing}: ${detail}`, {
      hint: 'check the network and --github-api-url (GitHub Enterprise: https://HOST/api/v3)',
    });
  }
  return new GitHubError(`GitHub answered HTTP ${status} while ${doing}: ${detail}`, {
    hint: hintForStatus(status),
  });
}

/** Removes the token from a text, wherever it appears. */
export function scrubToken(text: string, token: string): string {
  return token === '' ? text : text.split(token).join('***');
}

function hintForStatus(status: number): string {
  if (status === 401) return 'GITHUB_TOKEN is missing, expired or wrong: set a valid token';
  if (status === 403) {
    return (
      'the token may not write comments: grant it "pull-requests: write" (a pull request ' +
      'from a fork gets a read-only token), or wait if GitHub reports a rate limit'
    );
  }
  if (status === 404) {
    return 'check --repo and --pr, that the token can see the repository, and --github-api-url';
  }
  if (status === 422) return 'GitHub refused the comment body: keep it within 65536 characters';
  return 'retry later; see https://www.githubstatus.com when GitHub itself has trouble';
}

/**
 * The HTTP status GitHub answered with. Octokit reports a failed connection as status 500
 * without a response, so only a status that came with a response counts.
 */
function readStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('response' in error)) return undefined;

  const response = error.response;
  if (typeof response !== 'object' || response === null || !('status' in response)) {
    return undefined;
  }
  return typeof response.status === 'number' ? response.status : undefined;
}

function readMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
