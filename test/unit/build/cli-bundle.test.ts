import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect } from 'chai';
import { build, type Metafile } from 'esbuild';

import { cliBundleOptions } from '../../../scripts/bundle-cli.js';

/** The packages a module loads before it runs: its chunk and every chunk imported statically. */
function packagesLoadedBy(metafile: Metafile, entryPoint: string): Set<string> {
  const outputs = metafile.outputs;
  const start = Object.keys(outputs).find((file) => outputs[file]?.entryPoint === entryPoint);
  if (!start) throw new Error(`no chunk of ${entryPoint} in the bundle`);

  const seen = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imported of outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && outputs[imported.path]) {
        pending.push(imported.path);
      }
    }
  }
  const packages = new Set<string>();
  for (const file of seen) {
    for (const input of Object.keys(outputs[file]?.inputs ?? {})) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      packages.add(match?.[1] ?? 'own code');
    }
  }
  return packages;
}

const awsPackages = (packages: Set<string>) =>
  [...packages].filter((name) => name.startsWith('@aws-sdk/') || name.startsWith('@smithy/'));

describe('the bundled command line', function () {
  this.timeout(60_000);
  let metafile: Metafile;

  before(async () => {
    const options = cliBundleOptions(path.join(tmpdir(), 'stack-ami-report-bundle-test'));
    const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent' });
    metafile = result.metafile;
  });

  it('starts with the argument parser alone: --help and --version load no command', () => {
    const loaded = packagesLoadedBy(metafile, 'src/cli/main.ts');
    expect([...loaded].sort()).to.deep.equal(['commander', 'own code']);
  });

  it('loads no AWS client to render, diff or merge saved reports', () => {
    for (const command of ['render', 'diff', 'merge', 'report', 'collect']) {
      const loaded = packagesLoadedBy(metafile, `src/cli/commands/${command}-command.ts`);
      expect(awsPackages(loaded), command).to.deep.equal([]);
    }
  });

  it('loads CloudFormation and EC2 only to read AWS, and role credentials only for targets', () => {
    const live = packagesLoadedBy(metafile, 'src/pipeline/collect-live.ts');
    expect(live).to.include.keys('@aws-sdk/client-cloudformation', '@aws-sdk/client-ec2');
    expect(live).to.not.include.keys('@aws-sdk/client-sts', '@aws-sdk/credential-providers');

    const targets = packagesLoadedBy(metafile, 'src/pipeline/collect-targets.ts');
    expect(targets).to.include.keys(
      '@aws-sdk/client-cloudformation',
      '@aws-sdk/client-ec2',
      '@aws-sdk/credential-providers',
    );
  });

  it('renders precompiled templates without loading the template compiler', () => {
    const loaded = packagesLoadedBy(metafile, 'src/cli/commands/report-command.ts');
    expect(loaded).to.not.include.keys('handlebars', 'source-map', 'yaml', 'ajv');
  });

  it('loads neither templates nor the XML builder to collect', () => {
    const loaded = packagesLoadedBy(metafile, 'src/cli/commands/collect-command.ts');
    expect(loaded).to.not.include.keys('handlebars', 'junit-report-builder', '@octokit/rest');
  });
});
