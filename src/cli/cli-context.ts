import type { Logger } from '../model/logger.js';
import { systemClock, type Clock } from '../model/clock.js';
import { colorWanted, createStderrLogger, type Verbosity } from './stderr-logger.js';
import type { GlobalFlags } from './program.js';
import { packageVersion } from './package-version.js';
import { createProgressLine, type ProgressLine } from './progress-line.js';

/** What every command gets from the process: logger, clock, environment, identity. */
export interface CliContext {
  logger: Logger;
  /**
   * Like `logger`, but its info lines show unless --quiet: for commands whose progress is output.
   */
  progressLogger: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  generator: { name: string; version: string };
  verbose: boolean;
  progressLine: ProgressLine;
  progress: (line: string) => void;
}

export function createCliContext(globals: GlobalFlags, env: NodeJS.ProcessEnv): CliContext {
  const verbosity: Verbosity = globals.debug
    ? 'debug'
    : globals.verbose
      ? 'verbose'
      : globals.quiet
        ? 'quiet'
        : 'normal';
  const color = globals.color !== false && colorWanted(process.stderr, env);
  const progressLine = createProgressLine(process.stderr, verbosity !== 'quiet');
  return {
    progressLine,
    progress: (line) => progressLine.show(line),
    logger: createStderrLogger(verbosity, color),
    progressLogger: createStderrLogger(verbosity === 'normal' ? 'verbose' : verbosity, color),
    clock: clockFrom(env),
    env,
    generator: { name: 'stack-ami-report', version: packageVersion() },
    verbose: verbosity === 'verbose' || verbosity === 'debug',
  };
}

/** STACK_AMI_REPORT_NOW pins the report clock (reproducible artifacts, tests). */
function clockFrom(env: NodeJS.ProcessEnv): Clock {
  const pinned = env.STACK_AMI_REPORT_NOW;
  if (!pinned) return systemClock;
  const date = new Date(pinned);
  return Number.isNaN(date.getTime()) ? systemClock : () => new Date(date);
}
