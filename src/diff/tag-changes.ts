import type { ImageEntry, ImageTag, ParameterChange } from '../model/report.js';
import { compareText } from './stack-key.js';

export type TagChange = NonNullable<ParameterChange['tagChanges']>[number];

/**
 * The tags that differ between the old and the new image, sorted by key. Undefined when they
 * cannot be compared: an image was not described, or its tags are not visible to this account
 * (a shared image), where "no tags" would be a false claim.
 */
export function diffImageTags(
  before: ImageEntry | undefined,
  after: ImageEntry | undefined,
): TagChange[] | undefined {
  const beforeTags = visibleTags(before);
  const afterTags = visibleTags(after);
  if (!beforeTags || !afterTags) return undefined;

  const keys = [...new Set([...beforeTags.keys(), ...afterTags.keys()])].sort(compareText);
  return keys
    .map((key) => ({ key, before: beforeTags.get(key), after: afterTags.get(key) }))
    .filter((change) => change.before !== change.after)
    .map(dropUndefinedSides);
}

function visibleTags(image: ImageEntry | undefined): Map<string, string> | undefined {
  if (!image || image.lookup !== 'found' || !image.tagsVisible) return undefined;

  return new Map((image.tags ?? []).map((tag: ImageTag) => [tag.key, tag.value]));
}

function dropUndefinedSides(change: TagChange): TagChange {
  const result: TagChange = { key: change.key };
  if (change.before !== undefined) result.before = change.before;
  if (change.after !== undefined) result.after = change.after;
  return result;
}
