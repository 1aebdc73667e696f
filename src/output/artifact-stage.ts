import { randomBytes } from 'node:crypto';
import { createWriteStream, unlinkSync } from 'node:fs';
import { mkdir, rename, rmdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { onExit } from 'signal-exit';

/** Characters handed to the file at a time: a large artifact is never copied whole to bytes. */
const SLICE_CHARS = 1 << 20;

interface StagedFile {
  temp: string;
  target: string;
}

/**
 * Files written under temporary names next to their targets, and renamed into place together
 * once every one of them is written. A file can be staged as soon as it is rendered and then
 * forgotten, so a run holds one rendered artifact in memory at a time, not all of them; until
 * `commit`, the targets keep their previous content. Temporary files are removed by `discard`
 * and when the process exits or is interrupted first.
 */
export class ArtifactStage {
  private readonly staged: StagedFile[] = [];
  /** Folders this stage created, outermost first; `discard` removes them again. */
  private readonly createdFolders: string[] = [];
  private readonly stopCleanup: () => void;

  constructor() {
    this.stopCleanup = onExit(() => this.removeTempFilesNow());
  }

  /**
   * Writes `content` (a string, or its parts in order) to a temporary file beside `target`;
   * the target is not touched yet.
   */
  async add(target: string, content: string | Iterable<string>): Promise<void> {
    await this.makeFolder(path.dirname(target));
    const temp = temporaryName(target);
    this.staged.push({ temp, target });
    await pipeline(
      Readable.from(slicesOfAll(content), { objectMode: false }),
      createWriteStream(temp, { flags: 'wx', encoding: 'utf8', flush: true }),
    );
  }

  /**
   * Renames every staged file onto its target, in the order they were staged. A file once
   * renamed cannot be put back cheaply, so every target is checked before the first rename:
   * a target that is a folder fails the commit with nothing moved. On any failure the
   * temporary files are removed; files already renamed stay in place.
   */
  async commit(): Promise<string[]> {
    try {
      for (const file of this.staged) await refuseFolder(file);
      for (const file of this.staged) await rename(file.temp, file.target);
    } catch (error) {
      await this.discard();
      throw error;
    }
    const written = this.staged.splice(0).map((file) => file.target);
    this.stopCleanup();
    return written;
  }

  /** Removes the temporary files and the folders made for them; the targets stay as they were. */
  async discard(): Promise<void> {
    for (const file of this.staged.splice(0)) await unlink(file.temp).catch(() => undefined);
    for (const folder of this.createdFolders.splice(0).reverse()) {
      await rmdir(folder).catch(() => undefined);
    }
    this.stopCleanup();
  }

  /** Makes a folder and those above it that are missing; `discard` removes what it made. */
  async makeFolder(folder: string): Promise<void> {
    const first = await mkdir(folder, { recursive: true });
    if (first === undefined) return;

    const made: string[] = [];
    for (let current = path.resolve(folder); ; current = path.dirname(current)) {
      made.unshift(current);
      if (current === path.resolve(first) || current === path.dirname(current)) break;
    }
    this.createdFolders.push(...made);
  }

  private removeTempFilesNow(): void {
    for (const file of this.staged) {
      try {
        unlinkSync(file.temp);
      } catch {
        // already renamed, or never created
      }
    }
  }
}

/** Fails as renaming onto a folder would, with the same error, but before any file moves. */
async function refuseFolder(file: StagedFile): Promise<void> {
  const existing = await stat(file.target).catch(() => undefined);
  if (!existing?.isDirectory()) return;
  throw Object.assign(new Error(`EISDIR: ${file.target} is a folder`), {
    code: 'EISDIR',
    syscall: 'rename',
    path: file.temp,
    dest: file.target,
  });
}

function temporaryName(target: string): string {
  const suffix = `${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}`);
}

/** The content in slices of about SLICE_CHARS: long parts are cut, short ones gathered. */
function* slicesOfAll(content: string | Iterable<string>): Generator<string, void, undefined> {
  if (typeof content === 'string') {
    yield* slicesOf(content);
    return;
  }
  let gathered: string[] = [];
  let length = 0;
  for (const part of content) {
    gathered.push(part);
    length += part.length;
    if (length < SLICE_CHARS) continue;
    yield* slicesOf(gathered.join(''));
    gathered = [];
    length = 0;
  }
  if (length > 0) yield* slicesOf(gathered.join(''));
}

/**
 * The text in slices of about SLICE_CHARS. A slice never ends between the two halves of a
 * surrogate pair: encoded alone, each half would become a replacement character.
 */
function* slicesOf(text: string): Generator<string, void, undefined> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + SLICE_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += 1;
    yield text.slice(start, end);
    start = end;
  }
}
