import { ReportError } from '../model/errors.js';

export const EXIT_OK = 0;
/** Checks failed at or above --fail-on. */
export const EXIT_CHECKS_FAILED = 1;
/** Usage, configuration or input error. */
export const EXIT_USAGE = 2;
/** AWS (or GitHub) could not be read or written completely. */
export const EXIT_INCOMPLETE = 3;

export function exitCodeFor(error: unknown): number {
  if (!(error instanceof ReportError)) return EXIT_INCOMPLETE;
  switch (error.code) {
    case 'AWS':
    case 'TIMEOUT':
    case 'GITHUB':
    case 'CREDENTIALS':
      return EXIT_INCOMPLETE;
    default:
      return EXIT_USAGE;
  }
}
