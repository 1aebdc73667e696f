import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadConfigFile, parseConfig } from '../../../src/config/load-config-file.js';
import { ConfigError } from '../../../src/model/errors.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/config/', import.meta.url));
const fixture = (name: string) => `${FIXTURES}${name}`;

async function loadError(path: string): Promise<ConfigError> {
  try {
    await loadConfigFile(path);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`${path} loaded without an error`);
}

async function parseError(text: string, format: 'yaml' | 'json' = 'yaml'): Promise<ConfigError> {
  const path = `config.${format}`;
  try {
    await parseConfig(text, path, format);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('the text parsed without an error');
}

describe('loadConfigFile', () => {
  it('reads a YAML file into normalised options', async () => {
    const config = await loadConfigFile(fixture('valid.yaml'));

    expect(config).to.deep.equal({
      path: fixture('valid.yaml'),
      selection: {
        stacks: ['web-prod', 'arn:aws:cloudformation:eu-central-1:111122223333:stack/app-prod/1'],
        stackTags: [
          { key: 'Env', value: 'prod' },
          { key: 'Team', value: 'web' },
        ],
        regions: ['eu-west-1'],
        amiParameters: ['*Ami'],
        detectByType: true,
      },
      profile: 'deploy',
      endpointUrl: 'http://127.0.0.1:5000',
      failOn: 'warning',
      formats: ['md', 'junit'],
      outDir: 'out/ami',
      markdownLimit: 60000,
      maxAttempts: 5,
      timeout: 2.5,
      concurrency: 8,
      redactTags: ['Secret*'],
      copy: { to: ['eu-central-1'] },
      checks: {
        checks: { 'image-age': { days: 30 }, 'required-tags': { tags: { Team: '^(web|app)$' } } },
        overrides: [{ check: 'image-age', stack: '*-staging', severity: 'info' }],
        waivers: [
          {
            check: 'image-deprecated',
            parameter: 'BastionAmi',
            reason: 'replaced in CHG-1042',
            expires: '2027-01-31',
          },
        ],
      },
    });
  });

  it('reads a JSON file, tags as KEY=VALUE split at the first =', async () => {
    const config = await loadConfigFile(fixture('valid.json'));

    expect(config.selection).to.deep.equal({
      stackPrefix: 'web-',
      stackTags: [
        { key: 'Note', value: 'a=b' },
        { key: 'Team', value: 'web' },
      ],
    });
    expect(config.targets).to.deep.equal([
      { roleArn: 'arn:aws:iam::444455556666:role/Reader', regions: ['eu-west-1'] },
    ]);
    expect(config.checks.checks).to.deep.equal({
      'image-owner': { owners: ['111122223333', 'amazon'] },
    });
  });

  it('reads the copy settings of the copy-ami case files', async () => {
    const good = await loadConfigFile(fixture('c18-tool-config-good.json'));
    const wrongKey = await loadConfigFile(fixture('c18-tool-config-wrong-region-key.json'));

    expect(good.copy).to.deep.equal({
      to: ['eu-central-1'],
      kmsKeyId: 'arn:aws:kms:eu-central-1:111122223333:key/0b0b0b0b-0000-4000-8000-000000000002',
    });
    expect(wrongKey.copy?.kmsKeyId).to.equal(
      'arn:aws:kms:eu-west-1:111122223333:key/0a0a0a0a-0000-4000-8000-000000000001',
    );
  });

  it('gives the line of a YAML syntax error', async () => {
    const error = await loadError(fixture('syntax-error.yaml'));

    expect(error.message).to.match(
      /syntax-error\.yaml:5: YAML syntax error: All mapping items must start at the same column$/u,
    );
    expect(error.hint).to.contain('fix the syntax');
  });

  it('gives the line of a JSON syntax error', async () => {
    const error = await loadError(fixture('syntax-error.json'));

    expect(error.message).to.match(/syntax-error\.json:3: JSON syntax error: /u);
  });

  it('names file, line and field of a value of the wrong type', async () => {
    const error = await loadError(fixture('wrong-type.yaml'));

    expect(error.message).to.equal(
      `${fixture('wrong-type.yaml')}:7: checks.image-age.days must be a number`,
    );
    expect(error.hint).to.equal('write a number without quotes');
  });

  it('names the allowed values of a value that is not one of them', async () => {
    const error = await loadError(fixture('wrong-value.json'));

    expect(error.message).to.equal(
      `${fixture('wrong-value.json')}:3: failOn must be one of: error, warning, never`,
    );
  });

  it('rejects an unknown key at its line, listing the known ones', async () => {
    const error = await loadError(fixture('unknown-key.yaml'));

    expect(error.message).to.equal(
      `${fixture('unknown-key.yaml')}:5: waivers[0].expire is not a known setting`,
    );
    expect(error.hint).to.equal(
      'check the spelling; known here: check, stack, parameter, image, reason, expires',
    );
  });

  it('reports a missing file as a ConfigError naming it', async () => {
    const error = await loadError(fixture('no-such-file.yaml'));

    expect(error.message).to.equal(`${fixture('no-such-file.yaml')}: configuration file not found`);
    expect(error.code).to.equal('CONFIG');
  });

  it('refuses a file whose extension names no known format', async () => {
    const error = await loadError(fixture('config.toml'));

    expect(error.message).to.contain('must end in .yaml, .yml or .json');
  });

  it('loads the example configuration files', async () => {
    const yaml = await loadConfigFile('examples/config/stack-ami-report.yaml');
    const json = await loadConfigFile('examples/config/stack-ami-report.json');

    expect(Object.keys(yaml.checks.checks)).to.have.length(12);
    expect(yaml.checks.waivers).to.have.length(1);
    expect(json.targets?.map((target) => target.name)).to.deep.equal(['production', 'staging']);
  });
});

describe('parseConfig', () => {
  const cases = [
    {
      title: 'an unknown check id',
      text: 'checks:\n  image-agee:\n    days: 3\n',
      message: 'config.yaml:2: checks.image-agee is not a known setting',
    },
    {
      title: 'a setting a check does not read',
      text: 'checks:\n  image-public:\n    days: 3\n',
      message: 'config.yaml:3: checks.image-public.days is not a known setting',
    },
    {
      title: 'a region that is not a region name',
      text: 'regions:\n  - eu-west-1\n  - Ireland\n',
      message: 'config.yaml:3: regions[1] must be an AWS region name such as eu-west-1',
    },
    {
      title: 'copy.to that is neither a region nor a list of regions',
      text: 'copy:\n  to: 42\n',
      message: 'config.yaml:2: copy.to must be a region name or a list of region names',
    },
    {
      title: 'stack tags written as a plain list',
      text: 'stackTags:\n  - Team\n',
      message:
        'config.yaml:2: stackTags must be a map of tag to value, or a list of KEY=VALUE strings',
    },
    {
      title: 'a target without regions',
      text: 'targets:\n  - name: prod\n    roleArn: arn:aws:iam::111122223333:role/R\n',
      message: 'config.yaml:2: targets[0] needs regions',
    },
    {
      title: 'an override that changes nothing',
      text: 'overrides:\n  - check: image-age\n    stack: web-*\n',
      message: 'config.yaml:2: overrides[0] must be an override with `severity` or `enabled`',
    },
    {
      title: 'a waiver date that does not exist',
      text: 'waivers:\n  - check: image-age\n    reason: ok\n    expires: 2027-02-30\n',
      message: 'config.yaml:4: waivers[0].expires is not a real date: 2027-02-30',
    },
    {
      title: 'a required tag pattern that is not a regular expression',
      text: 'checks:\n  required-tags:\n    tags:\n      Team: (web\n',
      message:
        'config.yaml:4: checks.required-tags.tags.Team is not a valid regular expression: ' +
        'Invalid regular expression: /(web/u: Unterminated group',
    },
    {
      title: 'a file that is a list',
      text: '- eu-west-1\n',
      message: 'config.yaml:1: the file must be a map',
    },
    {
      title: 'a repeated key',
      text: 'failOn: error\nfailOn: never\n',
      message: 'config.yaml:2: YAML syntax error: Map keys must be unique',
    },
    {
      title: 'several problems, each named with its line',
      text: 'failOn: sometimes\nconcurrency: 0\n',
      message:
        'config.yaml:1: failOn must be one of: error, warning, never; ' +
        'line 2: concurrency must be at least 1',
    },
    {
      title: 'more problems than one line names, counting the rest',
      text: 'failOn: sometimes\nconcurrency: 0\nmaxAttempts: 0\nmarkdownLimit: 0\nfoo: 1\n',
      message:
        'config.yaml:1: failOn must be one of: error, warning, never; ' +
        'line 2: concurrency must be at least 1; line 3: maxAttempts must be at least 1; ' +
        'and 2 more problems',
    },
  ];

  for (const { title, text, message } of cases) {
    it(`rejects ${title}`, async () => {
      expect((await parseError(text)).message).to.equal(message);
    });
  }

  it('accepts an empty file as no settings', async () => {
    const config = await parseConfig('# nothing yet\n', 'config.yaml', 'yaml');

    expect(config).to.deep.equal({
      path: 'config.yaml',
      selection: {},
      checks: { checks: {}, overrides: [], waivers: [] },
    });
  });

  it('keeps YAML 1.2 scalars as written: dates and words stay strings', async () => {
    const text =
      'stackTags:\n  Enabled: yes\n' +
      'waivers:\n  - {check: image-age, reason: r, expires: 2027-01-31}\n';

    const config = await parseConfig(text, 'config.yaml', 'yaml');

    expect(config.selection.stackTags).to.deep.equal([{ key: 'Enabled', value: 'yes' }]);
    expect(config.checks.waivers[0]?.expires).to.equal('2027-01-31');
  });
});
