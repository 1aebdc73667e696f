#!/usr/bin/env node
import { CommanderError, type Command } from 'commander';

import { ReportError } from '../model/errors.js';
import { EXIT_USAGE, exitCodeFor } from './exit-codes.js';
import { toOneLine } from './one-line.js';
import { buildProgram, type CommandHandler } from './program.js';

/**
 * The SDK warns on Node 20 that its releases after early January 2027 need Node 22. This
 * package pins an SDK release that runs on Node 20, so the warning concerns nothing a user of
 * this version can act on, and it would fill every CI log with eight lines. The user's own
 * setting wins.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Loads a command's module only when it runs, so `--help` and `--version` stay fast. */
const runCommand: CommandHandler = async (name, args, flags, globals) => {
  const { runNamedCommand } = await import('./commands/run-named-command.js');
  return runNamedCommand(name, args, flags, globals);
};

async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(runCommand, (code) => {
    exitCode = code;
  });
  reportParseErrors(program);
  const debug = argv.includes('--debug');

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return reportFailure(error, debug);
  }
}

/**
 * Subcommands copy these settings only when created, so each one is set here: a bad flag exits
 * 2 (not commander's 1) with one line that says where to look, like every other error.
 */
function reportParseErrors(command: Command): void {
  command.exitOverride();
  command.showHelpAfterError(false);
  command.configureOutput({
    writeErr: (text) => process.stderr.write(text),
    outputError: (text, write) => {
      const problem = toOneLine(text).replace(/^error: /, '');
      write(`stack-ami-report: ${problem} (run ${commandPath(command)} --help for usage)\n`);
    },
  });
  for (const sub of command.commands) reportParseErrors(sub);
}

function commandPath(command: Command): string {
  return command.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name();
}

/** The one place that turns an error into a line on stderr and an exit code. */
function reportFailure(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    // commander has printed its own one-line message (or the help/version text)
    return error.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (error instanceof ReportError) {
    const hint = error.hint ? ` (${error.hint})` : '';
    process.stderr.write(`stack-ami-report: ${toOneLine(error.message + hint)}\n`);
  } else {
    const text = error instanceof Error ? error.message : String(error);
    const line = toOneLine(`unexpected failure: ${text} (run with --debug)`);
    process.stderr.write(`stack-ami-report: ${line}\n`);
  }
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return exitCodeFor(error);
}

/**
 * Exits once stdout and stderr are flushed: a request abandoned at --timeout must not keep the
 * process waiting for an answer nobody reads any more.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv).then(exitWhenFlushed, (error: unknown) => {
  exitWhenFlushed(reportFailure(error, true));
});
