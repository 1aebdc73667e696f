const ANSI_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

/**
 * Text fit to show: a terminal colour code (build logs leak them into AMI descriptions) is
 * removed whole and other control characters are dropped, so that `ESC[31mFAILED` reads
 * `FAILED` in every format. Line breaks and tabs stay.
 */
export function cleanDisplayText(value: string): string {
  return value.replace(ANSI_SEQUENCE, '').replace(CONTROL, '');
}

/** The same view with every string cleaned; only plain objects and arrays are walked. */
export function cleanView<T>(value: T): T {
  if (typeof value === 'string') return cleanDisplayText(value) as T;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    return items.map((item) => cleanView(item)) as T;
  }
  if (value === null || typeof value !== 'object') return value;

  const record = value as Record<string, unknown>;
  const entries = Object.entries(record).map(([key, child]) => [key, cleanView(child)]);
  return Object.fromEntries(entries) as T;
}
