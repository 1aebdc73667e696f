import type { ImageLineage, ImageTag } from './report.js';

/**
 * Lineage tags written by `copy-ami`. A copy carries `copied-from` = `<region>/<image id>` of its
 * source; the source carries one `copied-to:<region>` = `<copy image id>` per destination. Both
 * sides are tagged so that either image, seen alone in a report, says where it belongs.
 */
export const COPIED_FROM_KEY = 'copied-from';
export const COPIED_TO_PREFIX = 'copied-to:';

export interface ImageRef {
  region: string;
  imageId: string;
}

export function copiedToKey(region: string): string {
  return `${COPIED_TO_PREFIX}${region}`;
}

export function formatCopiedFrom(source: ImageRef): string {
  return `${source.region}/${source.imageId}`;
}

/** True for the tags that describe lineage, which are never carried over to a copy. */
export function isLineageKey(key: string): boolean {
  return key === COPIED_FROM_KEY || key.startsWith(COPIED_TO_PREFIX);
}

/** Reads `<region>/<image id>`; anything else (hand-edited, truncated) is not lineage. */
export function parseCopiedFrom(value: string): ImageRef | undefined {
  const match = /^([a-z0-9-]+)\/(ami-[0-9a-f]+)$/.exec(value.trim());
  if (!match?.[1] || !match[2]) return undefined;

  return { region: match[1], imageId: match[2] };
}

/** The lineage an image's tags record, or undefined when they record none. */
export function readLineage(tags: ImageTag[]): ImageLineage | undefined {
  const copiedFrom = readCopiedFrom(tags);
  const copies = readCopies(tags);
  if (!copiedFrom && copies.length === 0) return undefined;

  return copiedFrom ? { copiedFrom, copies } : { copies };
}

function readCopiedFrom(tags: ImageTag[]): ImageRef | undefined {
  const tag = tags.find((candidate) => candidate.key === COPIED_FROM_KEY);
  return tag ? parseCopiedFrom(tag.value) : undefined;
}

function readCopies(tags: ImageTag[]): ImageRef[] {
  return tags
    .filter((tag) => tag.key.startsWith(COPIED_TO_PREFIX))
    .map((tag) => ({ region: tag.key.slice(COPIED_TO_PREFIX.length), imageId: tag.value.trim() }))
    .filter((copy) => copy.region !== '' && /^ami-[0-9a-f]+$/.test(copy.imageId))
    .sort((a, b) => compareText(a.region, b.region) || compareText(a.imageId, b.imageId));
}

// Code-point order, so that the result does not depend on the machine's locale.
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
