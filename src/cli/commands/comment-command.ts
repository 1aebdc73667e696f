import { readFile } from 'node:fs/promises';

import { postStickyComment } from '../../github/post-sticky-comment.js';
import { resolvePullRequest } from '../../github/resolve-pull-request.js';
import { InputError } from '../../model/errors.js';
import { commentMarker } from '../../render/diff/comment-marker.js';
import type { CliContext } from '../cli-context.js';
import { EXIT_OK } from '../exit-codes.js';
import { stringFlag } from '../parse-flags.js';

/** `comment`: create or update this tool's sticky comment on a GitHub pull request. */
export async function runComment(flags: Record<string, unknown>, context: CliContext) {
  const file = stringFlag(flags, 'file') ?? '';
  const body = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new InputError(`cannot read comment body ${file}`, {
      hint: 'pass --file with the ami-diff.md a report run wrote',
      cause: error,
    });
  });
  const repo = stringFlag(flags, 'repo');
  const pr = stringFlag(flags, 'pr');
  const githubApiUrl = stringFlag(flags, 'githubApiUrl');
  const target = await resolvePullRequest(context.env, {
    ...(repo !== undefined ? { repo } : {}),
    ...(pr !== undefined ? { pr } : {}),
    ...(githubApiUrl !== undefined ? { githubApiUrl } : {}),
  });

  const result = await postStickyComment({
    ...target,
    token: context.env.GITHUB_TOKEN ?? '',
    body,
    marker: commentMarker(stringFlag(flags, 'commentId')),
    logger: context.logger,
  });
  context.progressLogger.info(`${result.action} comment ${result.url}`);
  return EXIT_OK;
}
