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

/**
 * Cleans every string of a view where it stands, and returns the view. Only plain objects
 * and arrays are walked. The view must be the caller's own: a view of ten thousand rows is
 * tens of megabytes, and a cleaned copy would double that for nothing.
 */
export function cleanViewInPlace<T>(value: T): T {
  if (typeof value === 'string') return cleanDisplayText(value) as T;
  if (value === null || typeof value !== 'object') return value;

  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    const cleaned = cleanViewInPlace(child);
    // defined, not assigned: a key named __proto__ (a tag key, say) must stay a key
    if (cleaned !== child) {
      Object.defineProperty(record, key, {
        value: cleaned,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return value;
}
