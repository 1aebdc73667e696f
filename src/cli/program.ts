import { Command, Option } from 'commander';

import { packageVersion } from './package-version.js';

/** Collects a repeatable flag's values. */
const collect = (value: string, previous: string[] = []) => [...previous, value];

export interface GlobalFlags {
  quiet?: boolean;
  verbose?: boolean;
  debug?: boolean;
  color?: boolean;
}

/** Selection, AWS and config flags shared by `report` and `collect`. */
function addSelectionFlags(command: Command): Command {
  return command
    .option('--stack <name|arn>', 'stack to report (repeatable); an ARN names its region', collect)
    .option('--stack-prefix <prefix>', 'discover stacks whose name starts with this')
    .option('--stack-tag <key=value>', 'discover stacks with this tag (repeatable)', collect)
    .option('--region <region>', 'region to read (repeatable); default: the SDK default', collect)
    .option(
      '--ami-parameter <name>',
      'parameter name that holds AMI ids; * globs (repeatable)',
      collect,
    )
    .option('--detect-by-type', 'read parameter types with GetTemplateSummary (1 call per stack)')
    .option('--config <file>', 'YAML or JSON file with the same options, checks and waivers')
    .option('--from-aws-cli <dir>', 'read AWS CLI output saved in this folder instead of AWS')
    .option('--profile <name>', 'AWS profile from the shared config files')
    .option('--endpoint-url <url>', 'AWS endpoint for every service (an emulator)')
    .option('--max-attempts <n>', 'attempts per AWS call, throttling included (default 8)')
    .option('--timeout <seconds>', 'stop reading AWS after this long (exit 3, incomplete report)')
    .option('--concurrency <n>', 'regions, accounts and stacks read at once (default 4)');
}

function addRenderFlags(command: Command): Command {
  return command
    .option('--out-dir <dir>', 'folder for the artifacts (default ami-report)')
    .option('--format <list>', 'comma-separated: md,html,junit,json (default all)')
    .option('--reporter <module>', 'load a reporter module of your own (repeatable)', collect)
    .option('--template-dir <dir>', 'templates and partials that replace the built-in ones')
    .option('--markdown-limit <chars>', 'largest Markdown body (default 65536)')
    .option('--details-url <url>', 'where the full report is, linked from the Markdown')
    .option(
      '--redact-tag <pattern>',
      'hide values of tags whose key matches (repeatable)',
      collect,
    );
}

function addDiffFlags(command: Command): Command {
  return command
    .option('--baseline <file>', "previous run's ami-report.json; writes ami-diff.md")
    .option('--comment-id <id>', 'marker id of the sticky PR comment (default "default")')
    .option('--skip-unchanged', 'write no diff when no AMI changed')
    .option('--job-summary', 'append the Markdown to $GITHUB_STEP_SUMMARY when set');
}

export type CommandName =
  'report' | 'collect' | 'render' | 'diff' | 'merge' | 'copy-ami' | 'comment';

export type CommandHandler = (
  name: CommandName,
  args: string[],
  flags: Record<string, unknown>,
  globals: GlobalFlags,
) => Promise<number>;

/** The command tree; each action hands its flags to `run`, which loads only what it needs. */
export function buildProgram(run: CommandHandler, setExit: (code: number) => void): Command {
  const program = new Command('stack-ami-report')
    .description('Report the AMIs your deployed CloudFormation stacks run, checked against policy.')
    .version(packageVersion(), '-V, --version')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'print progress and run statistics on stderr')
    .option('--debug', 'print debug output and stack traces on stderr')
    .option('--no-color', 'never colour the output')
    .showHelpAfterError('(run with --help for usage)');

  const action =
    (name: CommandName) =>
    async (...received: unknown[]) => {
      const command = received[received.length - 1] as Command;
      const args = command.args;
      setExit(await run(name, args, command.opts(), program.opts<GlobalFlags>()));
    };

  addDiffFlags(addRenderFlags(addSelectionFlags(program.command('report'))))
    .description('collect, check and render: the whole post-deploy job')
    .addOption(failOnOption())
    .addHelpText('after', REPORT_EXAMPLES)
    .action(action('report'));

  addSelectionFlags(program.command('collect'))
    .description('collect the report model (JSON) without rendering')
    .requiredOption('--out <file>', 'where to write the report JSON')
    .addHelpText('after', COLLECT_EXAMPLES)
    .action(action('collect'));

  addDiffFlags(addRenderFlags(program.command('render').argument('<report.json>')))
    .description('check and render a saved report')
    .option('--config <file>', 'checks and waivers to apply')
    .addOption(failOnOption())
    .addHelpText('after', RENDER_EXAMPLES)
    .action(action('render'));

  program
    .command('diff')
    .argument('<previous.json>')
    .argument('<current.json>')
    .description('the deployment diff between two reports, as PR-comment Markdown')
    .option('--out <file>', 'write the Markdown here instead of stdout')
    .option('--comment-id <id>', 'marker id of the sticky PR comment (default "default")')
    .option('--details-url <url>', 'where the full report is')
    .option('--markdown-limit <chars>', 'largest Markdown body (default 65536)')
    .option('--skip-unchanged', 'write nothing when no AMI changed')
    .addHelpText(
      'after',
      '\nExample:\n' +
        '  $ stack-ami-report diff previous/ami-report.json ami-report/ami-report.json' +
        ' --out ami-diff.md\n',
    )
    .action(action('diff'));

  program
    .command('merge')
    .argument('<reports...>')
    .description('combine reports collected by parallel CI stages into one')
    .requiredOption('--out <file>', 'where to write the merged report JSON')
    .addHelpText(
      'after',
      '\nExample:\n' +
        '  $ stack-ami-report merge eu/ami-report.json us/ami-report.json --out all.json\n',
    )
    .action(action('merge'));

  addCopyCommand(program, action('copy-ami'));
  addCommentCommand(program, action('comment'));
  return program;
}

function failOnOption(): Option {
  return new Option('--fail-on <level>', 'exit 1 when a check fails at or above this level')
    .choices(['error', 'warning', 'never'])
    .default('error');
}

function addCopyCommand(program: Command, handler: (...args: unknown[]) => Promise<void>) {
  program
    .command('copy-ami')
    .description('copy an AMI to other regions once, with lineage tags on both images')
    .option('--image-id <id>', 'the image to copy')
    .option('--source-region <region>', 'region of the image (or of --stack)')
    .option('--stack <name|arn>', 'copy the image this stack runs (with --ami-parameter)')
    .option('--ami-parameter <key>', 'the stack parameter that holds the image id')
    .option('--to-region <region>', 'destination region (repeatable)', collect)
    .option('--kms-key-id <arn>', 'KMS key in the destination region for encrypted copies')
    .option('--config <file>', 'config file with a `copy` section')
    .option('--wait', 'wait until every copy is available')
    .option('--wait-timeout <seconds>', 'how long --wait waits (default 1800)')
    .option('--dry-run', 'print the plan and change nothing')
    .option('--out <file>', 'write the result as JSON here')
    .option('--profile <name>', 'AWS profile from the shared config files')
    .option('--endpoint-url <url>', 'AWS endpoint for every service (an emulator)')
    .option('--max-attempts <n>', 'attempts per AWS call (default 8)')
    .addHelpText('after', COPY_EXAMPLES)
    .action(handler);
}

function addCommentCommand(program: Command, handler: (...args: unknown[]) => Promise<void>) {
  program
    .command('comment')
    .description('create or update the sticky pull-request comment on GitHub')
    .requiredOption('--file <file>', 'the Markdown body (ami-diff.md)')
    .option('--repo <owner/name>', 'GitHub repository (default: from the CI environment)')
    .option('--pr <number>', 'pull request number (default: from the CI environment)')
    .option('--comment-id <id>', 'marker id of the sticky comment (default "default")')
    .option('--github-api-url <url>', 'GitHub Enterprise API URL')
    .addHelpText(
      'after',
      '\nExample:\n  $ GITHUB_TOKEN=... stack-ami-report comment --file ami-report/ami-diff.md\n',
    )
    .action(handler);
}

const REPORT_EXAMPLES = `
Examples:
  $ stack-ami-report report --stack web-prod --region eu-west-1
  $ stack-ami-report report --stack-prefix prod- --region eu-west-1 --region us-east-1 \\
      --baseline previous/ami-report.json --fail-on warning
  $ stack-ami-report report --from-aws-cli capture/ --out-dir ami-report
`;

const COLLECT_EXAMPLES = `
Examples:
  $ stack-ami-report collect --stack-prefix prod- --region eu-west-1 --out eu-west-1.json
  $ stack-ami-report collect --config stack-ami-report.yaml --out report.json
`;

const RENDER_EXAMPLES = `
Examples:
  $ stack-ami-report render all.json --out-dir ami-report
  $ stack-ami-report render all.json --format md,junit --baseline previous/ami-report.json
`;

const COPY_EXAMPLES = `
Examples:
  $ stack-ami-report copy-ami --image-id ami-0123456789abcdef0 --source-region eu-west-1 \\
      --to-region eu-central-1 --to-region us-east-1 --wait
  $ stack-ami-report copy-ami --stack web-prod --ami-parameter WebAmi --source-region eu-west-1 \\
      --to-region eu-central-1 --dry-run
`;
