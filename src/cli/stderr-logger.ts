import type { Logger } from '../model/logger.js';

export type Verbosity = 'quiet' | 'normal' | 'verbose' | 'debug';

/** Progress and diagnostics on stderr, so that stdout carries only what the user asked for. */
export function createStderrLogger(verbosity: Verbosity, color: boolean): Logger {
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const write = (text: string) => process.stderr.write(`${text}\n`);
  return {
    debug: (message) => {
      if (verbosity === 'debug') write(paint('2', message));
    },
    info: (message) => {
      if (verbosity === 'verbose' || verbosity === 'debug') write(message);
    },
    warn: (message) => {
      if (verbosity !== 'quiet') write(paint('33', `warning: ${message}`));
    },
  };
}

/** Colour only on a terminal, and never when NO_COLOR is set. */
export function colorWanted(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
