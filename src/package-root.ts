import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/**
 * The folder of this package's own package.json, beside which `templates/` and `schema/` ship.
 * Found by walking up from the running module, because that module sits at different depths
 * in `src/`, in `dist/` and in the bundled command line.
 */
export function packageRoot(): string {
  found ??= findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
  return found;
}

function findPackageRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) {
      throw new Error(`no package.json above ${start}: the package is installed incompletely`);
    }
  }
}

/** A file shipped with the package, such as `schema/config.schema.json`. */
export function packageFile(...segments: string[]): string {
  return path.join(packageRoot(), ...segments);
}
