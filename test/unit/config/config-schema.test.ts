import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { allChecks } from '../../../src/checks/all-checks.js';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  definitions?: Record<string, SchemaNode>;
  enum?: string[];
}

async function readSchema(): Promise<SchemaNode> {
  const text = await readFile(
    new URL('../../../schema/config.schema.json', import.meta.url),
    'utf8',
  );
  return JSON.parse(text) as SchemaNode;
}

describe('schema/config.schema.json', () => {
  it('has one entry per check, allowing exactly the settings that check reads', async () => {
    const schema = await readSchema();
    const checks = schema.properties?.checks?.properties ?? {};

    const fromSchema = Object.entries(checks).map(([id, node]) => [
      id,
      Object.keys(node.properties ?? {}).sort(),
    ]);
    const fromCode = allChecks.map((check) => [
      check.id,
      ['enabled', 'severity', ...(check.settingNames ?? [])].sort(),
    ]);

    expect(fromSchema).to.deep.equal(fromCode);
  });

  it('lets overrides and waivers name exactly the known checks', async () => {
    const definitions = (await readSchema()).definitions ?? {};
    const ids = allChecks.map((check) => check.id);

    expect(definitions.override?.properties?.check?.enum).to.deep.equal(ids);
    expect(definitions.waiver?.properties?.check?.enum).to.deep.equal(ids);
  });
});
