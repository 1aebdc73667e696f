import type { Document, LineCounter, Node } from 'yaml';
import { isMap, isNode, isScalar } from 'yaml';

/** Splits an ajv instance path (`/targets/0/regions`) into document keys and indexes. */
export function splitInstancePath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];

  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/gu, '/').replace(/~0/gu, '~'))
    .map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
}

/** `targets[0].regions`, `checks.image-age.days`: the field as a user reads it. */
export function formatFieldPath(segments: (string | number)[]): string {
  return segments
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}

/**
 * The 1-based line of the value at `segments`, or of the key `key` inside that map when given
 * (an unknown key is reported where it is written). Falls back to the nearest parent found.
 */
export function locateLine(
  document: Document,
  lineCounter: LineCounter,
  segments: (string | number)[],
  key?: string,
): number {
  const node = findNode(document, segments);
  const keyNode = key === undefined ? undefined : findKeyNode(node, key);
  const offset = (keyNode ?? node)?.range?.[0] ?? 0;

  return lineCounter.linePos(offset).line;
}

function findNode(document: Document, segments: (string | number)[]): Node | undefined {
  for (let length = segments.length; length >= 0; length -= 1) {
    const node: unknown = document.getIn(segments.slice(0, length), true);
    if (isNode(node)) return node;
  }

  return isNode(document.contents) ? document.contents : undefined;
}

function findKeyNode(node: Node | undefined, key: string): Node | undefined {
  if (!isMap(node)) return undefined;

  const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return isNode(pair?.key) ? pair.key : undefined;
}
