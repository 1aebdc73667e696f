import { readFileSync } from 'node:fs';

/** The installed package's version, read from its package.json next to dist/. */
export function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  const parsed = JSON.parse(readFileSync(url, 'utf8')) as { version?: string };
  return parsed.version ?? '0.0.0';
}
