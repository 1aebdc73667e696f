import type { AmiReport } from '../model/report.js';

export const REDACTED = '[redacted]';

/** Hides the values of tags whose key matches one of the patterns, in every artifact. */
export function redactTags(report: AmiReport, patterns: RegExp[]): AmiReport {
  if (patterns.length === 0) return report;

  const hide = (key: string) => patterns.some((pattern) => pattern.test(key));
  const images = report.images.map((image) =>
    image.tags
      ? {
          ...image,
          tags: image.tags.map((tag) => (hide(tag.key) ? { ...tag, value: REDACTED } : tag)),
        }
      : image,
  );
  return { ...report, images };
}
