import { UsageError } from '../../model/errors.js';

export const DEFAULT_COMMENT_ID = 'default';

const COMMENT_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The hidden first line that lets a later run find and update its own PR comment. The id tells
 * several reports on one PR apart (one per account or environment).
 */
export function commentMarker(commentId: string = DEFAULT_COMMENT_ID): string {
  if (!COMMENT_ID.test(commentId)) {
    throw new UsageError(`comment id "${commentId}" cannot be used in a comment marker`, {
      hint: 'use 1-64 letters, digits, dots, dashes or underscores',
    });
  }
  return `<!-- stack-ami-report:${commentId} -->`;
}
