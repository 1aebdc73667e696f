import { readFile } from 'node:fs/promises';

import { InputError, UsageError } from '../model/errors.js';

/** The pull request to comment on. */
export interface PullRequestTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Set when the CI names a GitHub Enterprise API root; the public API otherwise. */
  apiUrl?: string;
}

/** What the user passed on the command line; each wins over the CI environment. */
export interface PullRequestFlags {
  /** `owner/name` */
  repo?: string;
  pr?: string | number;
  githubApiUrl?: string;
}

export type Environment = Readonly<Record<string, string | undefined>>;

interface ChangeUrl {
  owner: string;
  repo: string;
  apiUrl?: string;
}

/**
 * Finds the repository and pull request from the flags, else from the CI: GitHub Actions
 * (GITHUB_REPOSITORY and the event file of a pull_request run) or a Jenkins multibranch
 * pull-request build (CHANGE_ID, with CHANGE_URL naming the GitHub repository).
 */
export async function resolvePullRequest(
  env: Environment,
  flags: PullRequestFlags = {},
): Promise<PullRequestTarget> {
  const changeUrl = parseChangeUrl(env.CHANGE_URL);
  const repository = resolveRepository(env, flags, changeUrl);
  const issueNumber = await resolveNumber(env, flags);
  const apiUrl = nonEmpty(flags.githubApiUrl) ?? nonEmpty(env.GITHUB_API_URL) ?? changeUrl?.apiUrl;

  return apiUrl === undefined
    ? { ...repository, issueNumber }
    : { ...repository, issueNumber, apiUrl };
}

function resolveRepository(
  env: Environment,
  flags: PullRequestFlags,
  changeUrl: ChangeUrl | undefined,
): { owner: string; repo: string } {
  const named = nonEmpty(flags.repo) ?? nonEmpty(env.GITHUB_REPOSITORY);
  if (named !== undefined) return parseRepository(named);
  if (changeUrl) return { owner: changeUrl.owner, repo: changeUrl.repo };

  throw new UsageError(describeMissingRepository(env), {
    hint: 'pass --repo OWNER/NAME, or run in GitHub Actions or a Jenkins pull-request build',
  });
}

function describeMissingRepository(env: Environment): string {
  const url = nonEmpty(env.CHANGE_URL);
  if (url === undefined) return 'cannot tell which GitHub repository to comment on';

  return `CHANGE_URL ${url} is not a GitHub pull-request URL, so the repository is unknown`;
}

function parseRepository(text: string): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new UsageError(`"${text}" is not a GitHub repository name`, {
      hint: 'write it as OWNER/NAME, for example octo-org/web-infra',
    });
  }
  return { owner: match[1], repo: match[2] };
}

async function resolveNumber(env: Environment, flags: PullRequestFlags): Promise<number> {
  if (flags.pr !== undefined && String(flags.pr).trim() !== '') {
    return parseNumber(String(flags.pr), '--pr');
  }
  const eventPath = nonEmpty(env.GITHUB_EVENT_PATH);
  if (eventPath !== undefined) return readEventNumber(eventPath);

  const changeId = nonEmpty(env.CHANGE_ID);
  if (changeId !== undefined) return parseNumber(changeId, 'CHANGE_ID');

  throw new UsageError('cannot tell which pull request to comment on', {
    hint: 'pass --pr NUMBER, or run in a pull_request workflow or a Jenkins pull-request build',
  });
}

/** A pull_request event has `pull_request.number`; a comment on a PR has `issue.number`. */
async function readEventNumber(eventPath: string): Promise<number> {
  const event = await readEvent(eventPath);
  const number =
    event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
  if (typeof number === 'number' && Number.isInteger(number) && number > 0) return number;

  throw new UsageError('this GitHub Actions run is not for a pull request', {
    hint: 'run the workflow on pull_request, or pass --pr NUMBER',
  });
}

interface PullRequestEvent {
  pull_request?: { number?: unknown };
  issue?: { number?: unknown; pull_request?: unknown };
}

async function readEvent(eventPath: string): Promise<PullRequestEvent> {
  try {
    const parsed: unknown = JSON.parse(await readFile(eventPath, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch (error) {
    throw new InputError(`cannot read the GitHub event file ${eventPath} (GITHUB_EVENT_PATH)`, {
      hint: 'pass --repo and --pr explicitly',
      cause: error,
    });
  }
}

function parseNumber(text: string, source: string): number {
  const trimmed = text.trim();
  if (/^[1-9][0-9]{0,9}$/.test(trimmed)) return Number(trimmed);

  throw new UsageError(`${source} "${text}" is not a pull-request number`, {
    hint: 'pass --pr with the number of the pull request, such as 42',
  });
}

/**
 * `https://github.com/OWNER/NAME/pull/12`, as Jenkins' GitHub branch source sets it. Another
 * host is GitHub Enterprise Server, whose API lives under /api/v3 on the same host.
 */
function parseChangeUrl(value: string | undefined): ChangeUrl | undefined {
  const url = nonEmpty(value);
  const parsed = url !== undefined && URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return undefined;

  const match = /^\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/pull\/\d+\/?$/.exec(parsed.pathname);
  if (!match?.[1] || !match[2]) return undefined;

  const repository = { owner: match[1], repo: match[2] };
  if (parsed.hostname === 'github.com') return repository;
  return { ...repository, apiUrl: `${parsed.origin}/api/v3` };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
