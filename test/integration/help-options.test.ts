import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import { runCli } from '../helpers/run-cli.js';

const ROOT = new URL('../../', import.meta.url);
const README = readFileSync(fileURLToPath(new URL('README.md', ROOT)), 'utf8');
const VERSION = (
  JSON.parse(readFileSync(fileURLToPath(new URL('package.json', ROOT)), 'utf8')) as {
    version: string;
  }
).version;

/** Where the README says a flag is used: a command's name, 'global' (the program) or 'any'. */
type Owner = string;

interface Mention {
  flag: string;
  owner: Owner;
}

const FLAG = /(?<![\w-])--[a-z][a-z0-9-]*/g;
const INVOCATION = /^\s*(?:npx )?stack-ami-report ([a-z][a-z-]*)\b(.*)$/;
/** A command in prose: `comment --file ami-diff.md`, with or without the program name. */
const SPAN_COMMAND = /^(?:(?:npx )?stack-ami-report )?([a-z][a-z-]*) /;

/** The option names a --help output lists. */
function flagsOfHelp(help: string): Set<string> {
  const lines = help.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z0-9-]*)/gm);
  return new Set([...lines].map((match) => match[1] ?? ''));
}

function flagsIn(text: string): string[] {
  return [...text.matchAll(FLAG)].map((match) => match[0]);
}

type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'code'; lines: string[] }
  | { kind: 'prose'; text: string };

/** The README as headings, code blocks and paragraphs (a span may wrap onto the next line). */
function splitBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let code: string[] | undefined;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'prose', text: paragraph.join(' ') });
    paragraph = [];
  };

  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      flush();
      if (code) blocks.push({ kind: 'code', lines: code });
      code = code ? undefined : [];
    } else if (code) code.push(line);
    else if (/^#{1,6} /.test(line)) {
      flush();
      blocks.push({ kind: 'heading', text: line.replace(/^#+ /, '') });
    } else if (line.trim() === '') flush();
    else paragraph.push(line);
  }
  flush();
  return blocks;
}

/**
 * Every `--flag` the README mentions and whom it belongs to: the command of the invocation
 * or table it is in (`### Output (\`report\`, \`render\`)`), the command named last in the
 * section, the program for "Global flags:", and otherwise no command in particular.
 */
function readReadmeMentions(commands: Set<string>): Mention[] {
  const mentions: Mention[] = [];
  let sectionCommands: string[] = [];
  let lastCommand: string | undefined;

  const attribute = (flags: string[], owners: Owner[]) => {
    for (const flag of flags) for (const owner of owners) mentions.push({ flag, owner });
  };
  const ownersOfSpan = (span: string): Owner[] => {
    const command = SPAN_COMMAND.exec(span)?.[1];
    if (command && commands.has(command)) {
      lastCommand = command;
      return [command];
    }
    if (sectionCommands.length > 0) return sectionCommands;
    return [lastCommand ?? 'any'];
  };

  for (const block of splitBlocks(README)) {
    if (block.kind === 'heading') {
      sectionCommands = commandsOfHeading(block.text, commands);
      lastCommand = undefined;
    } else if (block.kind === 'code') {
      let continued: string | undefined;
      for (const line of block.lines) {
        continued = readCodeLine(line, continued, commands, attribute);
      }
    } else {
      const [prose, global] = block.text.split('Global flags:');
      if (global !== undefined) attribute(flagsIn(global), ['global']);
      for (const span of (prose ?? '').matchAll(/`([^`]+)`/g)) {
        const text = span[1] ?? '';
        attribute(flagsIn(text), ownersOfSpan(text));
      }
    }
  }
  return mentions;
}

/** One line of a code block: an invocation, or the continuation of the one before it. */
function readCodeLine(
  line: string,
  continued: string | undefined,
  commands: Set<string>,
  attribute: (flags: string[], owners: Owner[]) => void,
): string | undefined {
  const call = INVOCATION.exec(line);
  const command = call && commands.has(call[1] ?? '') ? call[1] : undefined;
  const owner = command ?? (continued && /^\s{2,}/.test(line) ? continued : undefined);
  if (owner === undefined) return undefined;

  attribute(flagsIn(command ? (call?.[2] ?? '') : line), [owner]);
  return owner;
}

function commandsOfHeading(heading: string, commands: Set<string>): string[] {
  if (commands.has(heading.trim())) return [heading.trim()];
  const named = [...heading.matchAll(/`([a-z-]+)`/g)].map((match) => match[1] ?? '');
  return named.filter((name) => commands.has(name));
}

describe('--help against the README', function () {
  this.timeout(60_000);
  const helpFlags = new Map<string, Set<string>>();
  let globalFlags = new Set<string>();
  let mentions: Mention[] = [];

  before(async function () {
    const top = await runCli(['--help']);
    expect(top.code, top.stderr).to.equal(0);
    globalFlags = flagsOfHelp(top.stdout);
    const listed = (top.stdout.split('Commands:')[1] ?? '').matchAll(/^ {2}([a-z-]+) /gm);
    const commands = [...listed].map((match) => match[1] ?? '').filter((name) => name !== 'help');
    for (const command of commands) {
      const help = await runCli([command, '--help']);
      expect(help.code, help.stderr).to.equal(0);
      helpFlags.set(command, flagsOfHelp(help.stdout));
    }
    mentions = readReadmeMentions(new Set(commands));
  });

  it('lists the seven commands the README documents', () => {
    expect([...helpFlags.keys()]).to.have.members([
      'report',
      'collect',
      'render',
      'diff',
      'merge',
      'copy-ami',
      'comment',
    ]);
  });

  it("lists every option the README documents for each command in that command's --help", () => {
    const missing = mentions
      .filter((mention) => helpFlags.has(mention.owner))
      .filter((mention) => !helpFlags.get(mention.owner)?.has(mention.flag))
      .map((mention) => `${mention.owner} ${mention.flag}`);

    expect([...new Set(missing)]).to.deep.equal([]);
  });

  it('reads enough of the README to mean something', () => {
    const flagsOf = (owner: string) =>
      new Set(mentions.filter((m) => m.owner === owner).map((m) => m.flag));

    expect(flagsOf('report').size).to.be.greaterThan(20);
    expect([...flagsOf('collect')]).to.include.members(['--out', '--stack-prefix', '--region']);
    expect([...flagsOf('render')]).to.include.members(['--baseline', '--out-dir', '--format']);
    expect([...flagsOf('copy-ami')]).to.include.members(['--image-id', '--kms-key-id', '--stack']);
    expect([...flagsOf('comment')]).to.include.members(['--file', '--github-api-url']);
    expect([...flagsOf('merge')]).to.include('--out');
    expect([...flagsOf('global')]).to.have.members([
      '--quiet',
      '--verbose',
      '--debug',
      '--no-color',
      '--version',
    ]);
  });

  it('opens with the two set-up commands, each running scripts that exist', () => {
    const start = README.indexOf('## Start here');
    const usage = README.indexOf('## Usage');
    expect(start, 'the "Start here" section').to.be.within(0, usage);
    const section = README.slice(start, usage);
    const commands = [...section.matchAll(/```sh\n([^`]*)```/g)].map((m) => m[1]?.trim());
    expect(commands).to.deep.equal(['npm ci && npm run demo', 'npm test']);

    const manifest = readFileSync(fileURLToPath(new URL('package.json', ROOT)), 'utf8');
    const scripts = (JSON.parse(manifest) as { scripts: Record<string, string> }).scripts;
    expect(scripts).to.include.keys('demo', 'test');
  });

  it('lists the global flags in the program --help', () => {
    const documented = mentions.filter((m) => m.owner === 'global').map((m) => m.flag);

    expect([...globalFlags]).to.include.members(documented);
  });

  it('knows every other flag the README mentions in some command', () => {
    const everyFlag = new Set([...globalFlags, ...[...helpFlags.values()].flatMap((f) => [...f])]);
    const unknown = mentions.filter((m) => m.owner === 'any' && !everyFlag.has(m.flag));

    expect(unknown.map((m) => m.flag)).to.deep.equal([]);
  });

  it("prints package.json's version with --version and -V", async () => {
    const long = await runCli(['--version']);
    const short = await runCli(['-V']);

    expect(long.stdout).to.equal(`${VERSION}\n`);
    expect(short.stdout).to.equal(`${VERSION}\n`);
    expect(long.code).to.equal(0);
  });
});
