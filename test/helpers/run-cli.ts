import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT_CLI = path.join(ROOT, 'dist', 'bin', 'stack-ami-report.js');
const SOURCE_CLI = path.join(ROOT, 'src', 'cli', 'main.ts');

export interface RunCliOptions {
  /** Added to the clean environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
}

export interface CliResult {
  /** The exit code; null when the process was killed at the timeout. */
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/**
 * Runs the CLI as a user would, in a child process: the built `dist/bin/stack-ami-report.js`
 * when it is at least as new as every source file, else the TypeScript sources through tsx.
 * The environment starts clean: test credentials, no shared config files, no instance
 * metadata, so that nothing can reach real AWS.
 */
export function runCli(args: string[], options: RunCliOptions = {}): Promise<CliResult> {
  const started = Date.now();
  const child = spawn(process.execPath, [...cliEntry(), ...args], {
    cwd: options.cwd ?? ROOT,
    env: cleanEnv(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);

  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        durationMs: Date.now() - started,
      });
    });
  });
}

/** The environment a CI job would give the tool, plus the caller's additions. */
export function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tmpdir(),
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: path.join(tmpdir(), 'stack-ami-report-no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(tmpdir(), 'stack-ami-report-no-aws-credentials'),
    NO_COLOR: '1',
  };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** A fresh temporary folder for one test's output files. */
export function tempDir(prefix = 'stack-ami-report-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

let entry: string[] | undefined;

/** The node arguments that start the CLI: the fresh build, else the sources through tsx. */
export function cliEntry(): string[] {
  entry ??= builtIsFresh() ? [BUILT_CLI] : ['--import', tsxLoader(), SOURCE_CLI];
  return entry;
}

/** tsx's loader as a file URL, so that the CLI also runs from a cwd outside the project. */
function tsxLoader(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: { '.': string };
  };
  return pathToFileURL(path.join(path.dirname(manifestPath), manifest.exports['.'])).href;
}

/** A stale dist/ would test yesterday's code: use it only when no source file is newer. */
export function builtIsFresh(): boolean {
  if (!existsSync(BUILT_CLI)) return false;
  const built = statSync(BUILT_CLI).mtimeMs;
  return newestMtime(path.join(ROOT, 'src')) <= built;
}

function newestMtime(directory: string): number {
  let newest = 0;
  for (const item of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, item.name);
    const time = item.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}
