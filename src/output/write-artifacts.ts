import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

import { OutputError } from '../model/errors.js';
import { ArtifactStage } from './artifact-stage.js';
import type { ArtifactFile } from '../render/reporter.js';

/**
 * Writes every file into `outDir`, and only when all of them are written, renames them into
 * place together: a failure on the way (a reporter that throws, a full disk) leaves the
 * folder as it was, and other files in it are never touched. The files may come from an
 * iterator that renders them one by one: each is written as soon as it arrives and need not
 * be kept, so a run never holds all of its artifacts in memory at once.
 */
export async function writeArtifacts(
  outDir: string,
  files: Iterable<ArtifactFile> | AsyncIterable<ArtifactFile>,
): Promise<string[]> {
  await checkFolder(outDir);
  const stage = new ArtifactStage();
  try {
    let first = true;
    const names = new Set<string>();
    for await (const file of files) {
      checkInside(outDir, file.name);
      checkOnce(names, file.name);
      if (first) await makeFolder(stage, outDir);
      first = false;
      await stageOne(stage, path.join(outDir, file.name), file.content);
    }
    return await stage.commit().catch((error: unknown) => {
      throw writeError(renameTarget(error) ?? outDir, error);
    });
  } catch (error) {
    await stage.discard();
    throw error;
  }
}

/**
 * Two files of one run under the same name would leave only the last: a reporter of your own
 * that names its file like a built-in one, say. Refused before anything is renamed into place.
 */
function checkOnce(names: Set<string>, name: string): void {
  const key = path.normalize(name);
  if (names.has(key)) {
    throw new OutputError(`two of the formats asked for both write ${name}`, {
      hint: 'give the reporter of your own another file name, or leave one format out of --format',
    });
  }
  names.add(key);
}

async function stageOne(
  stage: ArtifactStage,
  target: string,
  content: ArtifactFile['content'],
): Promise<void> {
  try {
    await stage.add(target, content);
  } catch (error) {
    // content rendered as it is written can fail too: that is the renderer's error, not ours
    throw isSystemError(error) ? writeError(target, error) : error;
  }
}

/** The file a failed rename was moving onto, which Node's error names `dest`. */
function renameTarget(error: unknown): string | undefined {
  const { dest } = (error ?? {}) as { dest?: unknown };
  return typeof dest === 'string' ? dest : undefined;
}

function isSystemError(error: unknown): boolean {
  const { code, syscall } = (error ?? {}) as { code?: unknown; syscall?: unknown };
  return typeof code === 'string' && typeof syscall === 'string';
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
    throw writeError(target, error);
  }
  return target;
}

function writeError(target: string, error: unknown): OutputError {
  const folderInTheWay = (error as NodeJS.ErrnoException | undefined)?.code === 'EISDIR';
  return new OutputError(`cannot write ${target}: ${describeFsError(error)}`, {
    hint: folderInTheWay
      ? 'move that folder away, or choose another --out-dir / --out path'
      : 'choose a writable --out-dir / --out path',
    cause: error,
  });
}

async function makeFolder(stage: ArtifactStage, outDir: string): Promise<void> {
  try {
    await stage.makeFolder(outDir);
  } catch (error) {
    throw new OutputError(`cannot create output folder ${outDir}: ${describeFsError(error)}`, {
      hint: 'choose a writable --out-dir',
      cause: error,
    });
  }
}

/** The folder is made with the first file; a run that fails before that makes none. */
async function checkFolder(outDir: string): Promise<void> {
  const existing = await stat(outDir).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new OutputError(`output folder ${outDir} is a file`, {
      hint: 'pass --out-dir with a folder path (it is created if missing)',
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
