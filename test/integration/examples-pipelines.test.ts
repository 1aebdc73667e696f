import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';
import { parse } from 'yaml';

import { runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Invocation {
  command: string;
  flags: string[];
}

interface GithubWorkflow {
  jobs: Record<string, { steps: { run?: string }[] }>;
}

type GitlabJob = Record<string, unknown> & {
  before_script?: string[];
  script?: string[];
  after_script?: string[];
};

/** The option names a command's --help lists, with the program's global options. */
async function readHelpFlags(command: string[]): Promise<Set<string>> {
  const result = await runCli([...command, '--help']);
  expect(result.code, result.stderr).to.equal(0);
  const flags = result.stdout.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z0-9-]*)/gm);
  return new Set([...flags].map((match) => match[1] ?? ''));
}

/** The command names listed by the program's --help. */
async function readCommands(): Promise<Set<string>> {
  const result = await runCli(['--help']);
  const commands = result.stdout.split('Commands:')[1] ?? '';
  return new Set([...commands.matchAll(/^ {2}([a-z-]+) /gm)].map((match) => match[1] ?? ''));
}

/**
 * Every `npx stack-ami-report <command>` in a shell script, with the flags it passes. Continued
 * lines (a trailing backslash, Groovy string concatenation) are joined first, and `"$@"`
 * stands for the arguments of the script's last `set --`.
 */
function findInvocations(script: string): Invocation[] {
  const joined = script.replace(/'\s*\+\s*\n\s*'/g, '').replace(/\\{1,2}\n\s*/g, ' ');
  const invocations: Invocation[] = [];
  let positional: string[] = [];
  for (const line of joined.split('\n')) {
    const set = /\bset -- (.*)$/.exec(line);
    if (set) positional = tokensOf(set[1] ?? '');
    const call = /\bnpx stack-ami-report ([a-z-]+)(.*)$/.exec(line);
    if (!call) continue;

    const tokens = tokensOf(call[2] ?? '').flatMap((token) =>
      token === '$@' ? positional : [token],
    );
    invocations.push({ command: call[1] ?? '', flags: tokens.filter(isFlag).map(flagName) });
  }
  return invocations;
}

function tokensOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^["']+|["')]+$/g, ''))
    .filter(Boolean);
}

const isFlag = (token: string) => /^--[a-z]/.test(token);
const flagName = (token: string) => token.split('=')[0] ?? token;

function readText(relative: string): string {
  return readFileSync(path.join(ROOT, relative), 'utf8');
}

function githubScripts(): string[] {
  const workflow = parse(readText('examples/github/ami-report.yml')) as GithubWorkflow;
  return Object.values(workflow.jobs).flatMap((job) =>
    job.steps.map((step) => step.run).filter((run): run is string => run !== undefined),
  );
}

function gitlabScripts(): string[] {
  const pipeline = parse(readText('examples/gitlab/.gitlab-ci.yml')) as Record<string, unknown>;
  const jobs = Object.values(pipeline).filter(
    (value): value is GitlabJob => typeof value === 'object' && value !== null && 'script' in value,
  );
  return jobs.flatMap((job) => [
    ...(job.before_script ?? []),
    ...(job.script ?? []),
    ...(job.after_script ?? []),
  ]);
}

const PIPELINES: { name: string; scripts: () => string[]; commands: string[] }[] = [
  {
    name: 'examples/github/ami-report.yml',
    scripts: githubScripts,
    commands: ['report', 'comment'],
  },
  { name: 'examples/gitlab/.gitlab-ci.yml', scripts: gitlabScripts, commands: ['report'] },
  {
    name: 'Jenkinsfile',
    scripts: () => [readText('Jenkinsfile')],
    commands: ['collect', 'merge', 'render', 'comment'],
  },
];

describe('pipeline examples', function () {
  this.timeout(60_000);
  const helpFlags = new Map<string, Set<string>>();
  let commands = new Set<string>();
  let globalFlags = new Set<string>();

  before(async function () {
    commands = await readCommands();
    globalFlags = await readHelpFlags([]);
    for (const command of commands) helpFlags.set(command, await readHelpFlags([command]));
  });

  for (const pipeline of PIPELINES) {
    it(`${pipeline.name} calls ${pipeline.commands.join(', ')} with flags the CLI has`, () => {
      const invocations = pipeline.scripts().flatMap(findInvocations);

      expect(invocations.map((call) => call.command)).to.have.members(pipeline.commands);
      for (const call of invocations) {
        expect([...commands], `${pipeline.name}: unknown command`).to.include(call.command);
        const known = new Set([...(helpFlags.get(call.command) ?? []), ...globalFlags]);
        const unknown = call.flags.filter((flag) => !known.has(flag));
        expect(unknown, `${pipeline.name}: stack-ami-report ${call.command}`).to.deep.equal([]);
      }
    });
  }

  it('the GitHub workflow reports against the previous run and writes the job summary', () => {
    const report = githubScripts()
      .flatMap(findInvocations)
      .find((call) => call.command === 'report');

    expect(report?.flags).to.include.members(['--baseline', '--job-summary']);
  });

  it('the Jenkinsfile renders the merged report against the copied baseline', () => {
    const render = findInvocations(readText('Jenkinsfile')).find((c) => c.command === 'render');

    expect(render?.flags).to.include.members(['--baseline', '--out-dir']);
  });

  it('flags a flag that the CLI does not have', () => {
    const [call] = findInvocations('npx stack-ami-report report \\\n  --no-such-flag x');
    const known = helpFlags.get('report') ?? new Set<string>();

    expect(call?.flags).to.deep.equal(['--no-such-flag']);
    expect(known.has('--no-such-flag')).to.equal(false);
    expect(known.has('--job-summary')).to.equal(true);
  });
});

describe('examples/gitlab/.gitlab-ci.yml', () => {
  it('hands GitLab the JUnit file and exposes the HTML report', () => {
    const pipeline = parse(readText('examples/gitlab/.gitlab-ci.yml')) as Record<string, unknown>;
    const job = pipeline['ami-report'] as { artifacts: Record<string, unknown> };

    expect(job.artifacts.reports).to.deep.equal({ junit: 'ami-report/ami-report.junit.xml' });
    expect(job.artifacts.expose_as).to.be.a('string');
    expect(job.artifacts.paths).to.include.members(['ami-report/ami-report.html', 'ami-report/']);
    expect(job.artifacts.when).to.equal('always');
  });
});
