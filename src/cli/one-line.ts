/** Line breaks, other control characters, and the marks that reorder text on screen. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * A message as one plain line. Messages quote files and AWS answers (a JSON parser shows the
 * start of the file, AWS signature errors span lines); in a CI log a second line would read as
 * another message, and an escape sequence could rewrite what the log shows.
 */
export function toOneLine(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/ {2,}/g, ' ').trim();
}
