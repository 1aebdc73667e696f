const ANSI_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
/** Most text has nothing to clean: one test, no copy. Every ANSI sequence starts with ESC. */
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;

/**
 * Text fit to show: a terminal colour code (build logs leak them into AMI descriptions) is
 * removed whole and other control characters are dropped, so that `ESC[31mFAILED` reads
 * `FAILED` in every format. Line breaks and tabs stay.
 */
export function cleanDisplayText(value: string): string {
  if (!HAS_CONTROL.test(value)) return value;
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
  const cleaned: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const child = cleanView(record[key]);
    // a key named __proto__ (a tag key, say) must stay a key, not become the prototype
    if (key === '__proto__') {
      Object.defineProperty(cleaned, key, { value: child, enumerable: true, writable: true });
    } else {
      cleaned[key] = child;
    }
  }
  return cleaned as T;
}
