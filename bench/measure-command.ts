import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  code: number | null;
  wallMs: number;
  /** Peak resident set size in MiB; undefined when it could not be measured. */
  peakMiB: number | undefined;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command once and measures its wall time and peak memory: with GNU time when it is
 * installed, else by sampling the peak (VmHWM) Linux keeps in /proc for the running child.
 */
export async function measureCommand(argv: string[], options: MeasureOptions): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const work = mkdtempSync(path.join(tmpdir(), 'bench-time-'));
  const rssFile = path.join(work, 'rss');
  const command = useTime ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const [program = '', ...args] = command;

  const started = performance.now();
  const child = spawn(program, args, { env: options.env, cwd: options.cwd });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const sampler = useTime ? undefined : sampleHighWater(child.pid);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const wallMs = performance.now() - started;
  sampler?.stop();

  const peakKiB = useTime ? readKiB(rssFile) : sampler?.peakKiB();
  rmSync(work, { recursive: true, force: true });
  return {
    code,
    wallMs,
    peakMiB: peakKiB === undefined ? undefined : peakKiB / 1024,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
  };
}

function readKiB(file: string): number | undefined {
  const text = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').pop() : '';
  const value = Number(text);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

function sampleHighWater(pid: number | undefined) {
  let peak: number | undefined;
  const read = () => {
    if (pid === undefined) return;
    const status = readFileSync(`/proc/${pid}/status`, { encoding: 'utf8', flag: 'r' });
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    if (match?.[1]) peak = Math.max(peak ?? 0, Number(match[1]));
  };
  const timer = setInterval(() => {
    try {
      read();
    } catch {
      // the child has exited between two samples
    }
  }, 20);
  return { stop: () => clearInterval(timer), peakKiB: () => peak };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
