import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import { UsageError } from '../../../src/model/errors.js';
import { loadUserReporter } from '../../../src/render/load-reporter.js';
import { aFullReport } from '../../fixtures/render/sample-reports.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/render/reporters/${name}`, import.meta.url));

describe('loadUserReporter', () => {
  it('loads the default export', async () => {
    const reporter = await loadUserReporter(fixture('good-default.ts'));
    expect(reporter.name).to.equal('csv');
    expect(await reporter.render(aFullReport(), {})).to.deep.equal([
      { name: 'ami-report.csv', content: 'workers-prod\nweb-prod\nbatch-dev' },
    ]);
  });

  it('loads a named `reporter` export', async () => {
    expect((await loadUserReporter(fixture('good-named.ts'))).name).to.equal('count');
  });

  it('says when the file is missing', async () => {
    const error = await loadUserReporter(fixture('missing.ts')).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(UsageError);
    expect((error as UsageError).message).to.match(/reporter module .*missing\.ts does not exist/);
  });

  it('says when the module is not a reporter', async () => {
    const error = await loadUserReporter(fixture('not-a-reporter.ts')).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(UsageError);
    expect((error as UsageError).hint).to.include('{ name: string, render(report, options)');
  });

  it('says when the module fails to load, keeping the cause', async () => {
    const error = await loadUserReporter(fixture('throws-on-load.ts')).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(UsageError);
    expect(((error as UsageError).cause as Error).message).to.equal('broken on purpose');
  });
});
