import { readFileSync } from 'node:fs';

import { packageFile } from '../package-root.js';

/** The installed package's version, read from its own package.json. */
export function packageVersion(): string {
  const parsed = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as {
    version?: string;
  };
  return parsed.version ?? '0.0.0';
}
