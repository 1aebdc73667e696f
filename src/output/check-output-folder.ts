import { stat } from 'node:fs/promises';
import path from 'node:path';

import { OutputError } from '../model/errors.js';

/**
 * Fails at once when the output folder cannot be made: the path is a file, or a part of it is;
 * or when one of `fileNames`, the artifacts the run will write there, is a folder, which
 * would fail the run only after every other artifact was rendered.
 * Run before collecting, so that a long read of AWS does not end in a folder mistake. It
 * creates nothing; the writer makes the folder when the artifacts are ready.
 */
export async function checkOutputFolder(
  outDir: string,
  fileNames: readonly string[] = [],
): Promise<void> {
  const existing = await statOf(outDir);
  if (existing && !existing.isDirectory()) {
    throw new OutputError(`output folder ${outDir} is a file`, {
      hint: 'pass --out-dir with a folder path (it is created if missing)',
    });
  }
  if (existing) {
    await checkNoFolderAt(fileNames.map((name) => path.join(outDir, name)));
    return;
  }

  const blocker = await firstFileAbove(path.resolve(outDir));
  if (blocker !== undefined) {
    throw new OutputError(`cannot create output folder ${outDir}: ${blocker} is a file`, {
      hint: 'choose a writable --out-dir',
    });
  }
}

async function checkNoFolderAt(targets: readonly string[]): Promise<void> {
  for (const target of targets) {
    if (!(await statOf(target))?.isDirectory()) continue;
    throw new OutputError(`cannot write ${target}: the path is a folder`, {
      hint: 'move that folder away, or choose another --out-dir',
    });
  }
}

/** The nearest existing path above a missing folder, when it is not a folder. */
async function firstFileAbove(missing: string): Promise<string | undefined> {
  let current = path.dirname(missing);
  for (;;) {
    const existing = await statOf(current);
    if (existing) return existing.isDirectory() ? undefined : current;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

async function statOf(target: string) {
  return stat(target).catch(() => undefined);
}

/** The same check for a single output file (`--out`): not a folder, and its folder can be made. */
export async function checkOutputFile(file: string): Promise<void> {
  const existing = await statOf(file);
  if (existing?.isDirectory()) {
    throw new OutputError(`output file ${file} is a folder`, {
      hint: 'pass --out with a file path such as report.json',
    });
  }
  const blocker = await firstFileAbove(path.resolve(file));
  if (blocker !== undefined) {
    throw new OutputError(`cannot write ${file}: ${blocker} is a file`, {
      hint: 'pass --out with a path whose folders are folders',
    });
  }
}
