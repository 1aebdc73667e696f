import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

import { OutputError } from '../model/errors.js';
import type { RenderedFile } from '../render/reporter.js';

/**
 * Writes every file into `outDir`, each through a temporary file renamed into place, so that a
 * reader never sees half a file and other files in the folder are left alone. All content is
 * rendered before this is called: a failure while rendering writes nothing.
 */
export async function writeArtifacts(outDir: string, files: RenderedFile[]): Promise<string[]> {
  for (const file of files) checkInside(outDir, file.name);
  await ensureDirectory(outDir);

  const written: string[] = [];
  for (const file of files) {
    const target = path.join(outDir, file.name);
    written.push(await writeOne(target, file.content));
  }
  return written;
}

/** A reporter names its files; none may land outside the output folder. */
function checkInside(outDir: string, name: string): void {
  const root = path.resolve(outDir);
  const target = path.resolve(root, name);
  if (name === '' || path.isAbsolute(name) || !target.startsWith(`${root}${path.sep}`)) {
    throw new OutputError(`a reporter named a file outside the output folder: ${name}`, {
      hint: 'a reporter returns file names relative to --out-dir, such as report.txt',
    });
  }
}

export async function writeOne(target: string, content: string): Promise<string> {
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, content, { encoding: 'utf8' });
  } catch (error) {
    throw new OutputError(`cannot write ${target}: ${describeFsError(error)}`, {
      hint: 'choose a writable --out-dir / --out path',
      cause: error,
    });
  }
  return target;
}

async function ensureDirectory(outDir: string): Promise<void> {
  const existing = await stat(outDir).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new OutputError(`output folder ${outDir} is a file`, {
      hint: 'pass --out-dir with a folder path (it is created if missing)',
    });
  }
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new OutputError(`cannot create output folder ${outDir}: ${describeFsError(error)}`, {
      hint: 'choose a writable --out-dir',
      cause: error,
    });
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is a file';
  if (code === 'EISDIR') return 'the path is a folder';
  if (code === 'ENOSPC') return 'no space left on the device';
  return code ?? String(error);
}
