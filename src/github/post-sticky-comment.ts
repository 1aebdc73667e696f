import { Octokit } from '@octokit/rest';

import { UsageError } from '../model/errors.js';
import { silentLogger, type Logger } from '../model/logger.js';
import { scrubToken, toGitHubError } from './github-api-error.js';

export const GITHUB_API_URL = 'https://api.github.com';

/** GitHub refuses a comment body longer than this, counted in UTF-16 units as `.length`. */
const COMMENT_LIMIT = 65_536;

export interface StickyCommentOptions {
  token: string;
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  body: string;
  /** The hidden first line of the body that identifies this tool's comment. */
  marker: string;
  /** The REST API root; GitHub Enterprise Server: `https://HOST/api/v3`. */
  apiUrl?: string;
  logger?: Logger;
}

export interface StickyCommentResult {
  action: 'created' | 'updated';
  url: string;
}

interface IssueComment {
  id: number;
  body?: string;
}

/**
 * Keeps one comment per marker on a pull request: updates the comment that begins with the
 * marker, or creates it. A comment is taken as ours only when its body begins with the marker,
 * so that a reply quoting our comment is never overwritten; no other comment is touched.
 */
export async function postStickyComment(
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  checkOptions(options);
  const logger = options.logger ?? silentLogger;
  const octokit = createClient(options, logger);

  const existing = await findOwnComment(octokit, options, logger);
  if (existing) return updateComment(octokit, options, existing.id);

  return createComment(octokit, options);
}

function checkOptions(options: StickyCommentOptions): void {
  if (options.token.trim() === '') {
    throw new UsageError('no GitHub token to post the pull-request comment with', {
      hint: 'set GITHUB_TOKEN (in GitHub Actions: env: GITHUB_TOKEN: ${{ github.token }})',
    });
  }
  if (!isOwnComment(options.body, options.marker)) {
    throw new UsageError('the comment body does not begin with its marker line', {
      hint: 'post the Markdown written by the diff command, which begins with the marker',
    });
  }
  if (options.body.length > COMMENT_LIMIT) {
    throw new UsageError(
      `the comment body has ${options.body.length} characters; GitHub takes ${COMMENT_LIMIT}`,
      { hint: 'render the diff with --markdown-limit 65536 or lower' },
    );
  }
}

/**
 * Octokit logs each failed request as an error ("GET /repos/... - 500 with id UNKNOWN") before
 * it throws. Every failure already reaches the user as one GitHubError that says what was being
 * done, so all of Octokit's lines are kept for --debug only.
 */
function createClient(options: StickyCommentOptions, logger: Logger): Octokit {
  const debug = (message: string) => logger.debug(scrubToken(message, options.token));
  return new Octokit({
    auth: options.token,
    baseUrl: (options.apiUrl ?? GITHUB_API_URL).replace(/\/+$/, ''),
    userAgent: 'stack-ami-report',
    log: { debug, info: debug, warn: debug, error: debug },
  });
}

async function findOwnComment(
  octokit: Octokit,
  options: StickyCommentOptions,
  logger: Logger,
): Promise<IssueComment | undefined> {
  const comments = await listComments(octokit, options);
  const own = comments.filter((comment) => isOwnComment(comment.body ?? '', options.marker));
  if (own.length > 1) {
    logger.warn(`${own.length} comments carry ${options.marker}; updating the oldest`);
  }
  return own.sort((a, b) => a.id - b.id)[0];
}

async function listComments(
  octokit: Octokit,
  options: StickyCommentOptions,
): Promise<IssueComment[]> {
  try {
    return await octokit.paginate(octokit.rest.issues.listComments, {
      owner: options.owner,
      repo: options.repo,
      issue_number: options.issueNumber,
      per_page: 100,
    });
  } catch (error) {
    throw toGitHubError(error, `listing the comments of ${describeTarget(options)}`, options.token);
  }
}

async function updateComment(
  octokit: Octokit,
  options: StickyCommentOptions,
  commentId: number,
): Promise<StickyCommentResult> {
  try {
    const { data } = await octokit.rest.issues.updateComment({
      owner: options.owner,
      repo: options.repo,
      comment_id: commentId,
      body: options.body,
    });
    return { action: 'updated', url: data.html_url };
  } catch (error) {
    const doing = `updating comment ${commentId} on ${describeTarget(options)}`;
    throw toGitHubError(error, doing, options.token);
  }
}

async function createComment(
  octokit: Octokit,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  try {
    const { data } = await octokit.rest.issues.createComment({
      owner: options.owner,
      repo: options.repo,
      issue_number: options.issueNumber,
      body: options.body,
    });
    return { action: 'created', url: data.html_url };
  } catch (error) {
    throw toGitHubError(error, `creating a comment on ${describeTarget(options)}`, options.token);
  }
}

function isOwnComment(body: string, marker: string): boolean {
  return marker !== '' && body.trimStart().startsWith(marker);
}

function describeTarget(options: StickyCommentOptions): string {
  return `${options.owner}/${options.repo}#${options.issueNumber}`;
}
