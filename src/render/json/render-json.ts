import type { AmiReport } from '../../model/report.js';

export const JSON_FILE = 'ami-report.json';

/** The report model itself, as the next run's baseline and for other tools. */
export function renderJson(report: AmiReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The same text as `renderJson`, in parts: one per top-level key, and the long top-level
 * arrays (stacks, images, findings) a few hundred elements at a time. A report of ten
 * thousand rows is then never one string of tens of megabytes, nor the buffers that
 * JSON.stringify fills to build one. Every part is JSON.stringify's own output, cut out of
 * an object nested as deep as the part will be, so the indentation is its own too.
 */
export function* renderJsonInParts(report: AmiReport): Generator<string, void, undefined> {
  const members = Object.entries(report).flatMap(([key, value]): (() => Iterable<string>)[] => {
    if (Array.isArray(value) && value.length > ELEMENTS_PER_PART) {
      return [() => longArrayParts(key, value)];
    }
    const text = memberText(key, value);
    return text === '' ? [] : [() => [text]];
  });
  if (members.length === 0) {
    yield '{}\n';
    return;
  }

  yield '{\n';
  for (const [index, parts] of members.entries()) {
    yield* parts();
    yield index < members.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

const ELEMENTS_PER_PART = 500;

/** `  "key": value` as JSON.stringify indents it one level down; empty when it leaves it out. */
function memberText(key: string, value: unknown): string {
  return JSON.stringify({ [key]: value }, null, 2).slice(2, -2);
}

const WRAPPER_START = '{\n  "k": [\n';
const WRAPPER_END = '\n  ]\n}';

function* longArrayParts(
  key: string,
  items: readonly unknown[],
): Generator<string, void, undefined> {
  yield `  ${JSON.stringify(key)}: [\n`;
  for (let start = 0; start < items.length; start += ELEMENTS_PER_PART) {
    const chunk = items.slice(start, start + ELEMENTS_PER_PART);
    const text = JSON.stringify({ k: chunk }, null, 2);
    const last = start + ELEMENTS_PER_PART >= items.length;
    yield `${text.slice(WRAPPER_START.length, -WRAPPER_END.length)}${last ? '\n' : ',\n'}`;
  }
  yield '  ]';
}
