/**
 * Bundles the command line into dist/bin/. Node spends most of a short run finding, reading
 * and compiling the hundreds of small files of the AWS SDK; one bundle per command loads in a
 * fraction of that time. Each command stays in its own chunk, so `--help` and `--version` load
 * no command, and a run loads only the AWS clients its command needs. The library entry point
 * (dist/index.js, built by tsc) is not bundled.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { build, type BuildOptions } from 'esbuild';

const REPO = fileURLToPath(new URL('../', import.meta.url));

/**
 * CommonJS dependencies inside an ES module bundle still call `require` for Node's own
 * modules and read `__filename`; both are given to every chunk.
 */
const COMMONJS_GLOBALS = [
  "import { createRequire as bundleCreateRequire } from 'node:module';",
  "import { fileURLToPath as bundleFileURLToPath } from 'node:url';",
  'const require = bundleCreateRequire(import.meta.url);',
  'const __filename = bundleFileURLToPath(import.meta.url);',
].join('\n');

export function cliBundleOptions(outdir = path.join(REPO, 'dist', 'bin')): BuildOptions {
  return {
    absWorkingDir: REPO,
    entryPoints: { 'stack-ami-report': path.join(REPO, 'src', 'cli', 'main.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The SDK's ES module builds let unused commands and helpers be left out.
    mainFields: ['module', 'main'],
    minifyWhitespace: true,
    minifySyntax: true,
    banner: { js: COMMONJS_GLOBALS },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = cliBundleOptions();
  // Chunk names carry a hash: a previous build's chunks would otherwise ship alongside.
  rmSync(options.outdir ?? '', { recursive: true, force: true });
  await build(options);
}
