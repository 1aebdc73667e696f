import type { ImageTag } from '../../model/report.js';
import type { TagView } from './report-view.js';

/** Tags people look for first; the first of each group that is present is shown. */
const PREFERRED_TAGS: readonly (readonly string[])[] = [['Name'], ['Release', 'Version'], ['Team']];

export const KEY_TAG_LIMIT = 4;

/**
 * The few tags worth a table cell: Name, Release (or Version), Team, then the others in key
 * order until the limit. All tags still appear in the details.
 */
export function pickKeyTags(tags: readonly ImageTag[], limit = KEY_TAG_LIMIT): TagView[] {
  const preferred = PREFERRED_TAGS.map((group) => findFirst(tags, group)).filter(isTag);
  const chosen = new Set(preferred.map((tag) => tag.key));
  const others = sortTags(tags.filter((tag) => !chosen.has(tag.key)));

  return [...preferred, ...others].slice(0, limit).map(toTagView);
}

export function sortTags(tags: readonly ImageTag[]): ImageTag[] {
  return [...tags].sort((a, b) => compareText(a.key, b.key) || compareText(a.value, b.value));
}

export function toTagView(tag: ImageTag): TagView {
  return { key: String(tag.key), value: String(tag.value) };
}

function findFirst(tags: readonly ImageTag[], keys: readonly string[]): ImageTag | undefined {
  for (const key of keys) {
    const found = tags.find((tag) => tag.key === key);
    if (found) return found;
  }
  return undefined;
}

function isTag(tag: ImageTag | undefined): tag is ImageTag {
  return tag !== undefined;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
