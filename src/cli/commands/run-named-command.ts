import type { CommandName, GlobalFlags } from '../program.js';
import { createCliContext } from '../cli-context.js';

/** Dispatches to one module per command, loaded on demand. */
export async function runNamedCommand(
  name: CommandName,
  args: string[],
  flags: Record<string, unknown>,
  globals: GlobalFlags,
): Promise<number> {
  const context = createCliContext(globals, process.env);
  switch (name) {
    case 'collect':
      return (await import('./collect-command.js')).runCollect(flags, context);
    case 'report':
      return (await import('./report-command.js')).runReportCommand(flags, context);
    case 'render':
      return (await import('./render-command.js')).runRender(args, flags, context);
    case 'diff':
      return (await import('./diff-command.js')).runDiff(args, flags, context);
    case 'merge':
      return (await import('./merge-command.js')).runMerge(args, flags, context);
    case 'copy-ami':
      return (await import('./copy-ami-command.js')).runCopyAmi(flags, context);
    case 'comment':
      return (await import('./comment-command.js')).runComment(flags, context);
  }
}
