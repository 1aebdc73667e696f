import { appendFile, stat } from 'node:fs/promises';

import { OutputError } from '../model/errors.js';

/** GitHub shows at most 1 MiB of job summary per step and drops a larger one. */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface JobSummaryResult {
  /** Bytes appended, the truncation note included. */
  bytes: number;
  truncated: boolean;
}

const NOTE =
  '\n\n> **Truncated**: GitHub keeps at most 1 MiB of job summary per step. ' +
  'Every row is in the full report among the artifacts of this run.\n';

/**
 * Appends Markdown to the job summary file ($GITHUB_STEP_SUMMARY), keeping the file under
 * GitHub's size cap. What does not fit is cut at a line end, so no table row is cut, and a
 * note says so. Appending keeps what earlier steps wrote there.
 */
export async function appendJobSummary(
  path: string,
  markdown: string,
  limitBytes: number = JOB_SUMMARY_LIMIT_BYTES,
): Promise<JobSummaryResult> {
  const room = limitBytes - (await currentSize(path));
  const text = `${markdown.endsWith('\n') ? markdown : `${markdown}\n`}`;
  const fitted = fitToBytes(text, room);

  await appendText(path, fitted.text);
  return { bytes: Buffer.byteLength(fitted.text, 'utf8'), truncated: fitted.truncated };
}

function fitToBytes(text: string, room: number): { text: string; truncated: boolean } {
  if (Buffer.byteLength(text, 'utf8') <= room) return { text, truncated: false };

  const budget = room - Buffer.byteLength(NOTE, 'utf8');
  if (budget <= 0) return { text: '', truncated: true };
  return { text: `${cutAtLineEnd(text, budget)}${NOTE}`, truncated: true };
}

/** The longest run of whole lines that fits in `budget` bytes. */
function cutAtLineEnd(text: string, budget: number): string {
  const bytes = Buffer.from(text, 'utf8').subarray(0, budget);
  const lastNewline = bytes.lastIndexOf(0x0a);
  return lastNewline < 0 ? '' : bytes.subarray(0, lastNewline).toString('utf8');
}

async function currentSize(path: string): Promise<number> {
  const existing = await stat(path).catch(() => undefined);
  return existing?.isFile() ? existing.size : 0;
}

async function appendText(path: string, text: string): Promise<void> {
  if (text === '') return;

  try {
    await appendFile(path, text, 'utf8');
  } catch (error) {
    throw new OutputError(`cannot append to the job summary ${path}`, {
      hint: 'GITHUB_STEP_SUMMARY must name a writable file (GitHub Actions sets it)',
      cause: error,
    });
  }
}
