import { expect } from 'chai';

import { UsageError } from '../../../src/model/errors.js';
import { builtInReporters } from '../../../src/render/builtin-reporters.js';
import { renderReport } from '../../../src/render/render-report.js';
import type { Reporter } from '../../../src/render/reporter.js';
import { aFullReport } from '../../fixtures/render/sample-reports.js';

describe('renderReport', () => {
  it('renders the requested formats into their files, in order', async () => {
    const files = await renderReport(aFullReport(), { formats: ['json', 'md', 'html', 'junit'] });
    expect(files.map((file) => file.name)).to.deep.equal([
      'ami-report.json',
      'ami-report.md',
      'ami-report.html',
      'ami-report.css',
      'ami-report.junit.xml',
    ]);
  });

  it('passes the render options on', async () => {
    const [file] = await renderReport(aFullReport(), { formats: ['md'], markdownLimit: 3000 });
    expect(file?.content.length).to.be.at.most(3000);
  });

  it('names the known formats when one is unknown', async () => {
    const error = await renderReport(aFullReport(), { formats: ['md', 'pdf'] }).catch(
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(UsageError);
    expect((error as UsageError).message).to.equal('unknown format "pdf"');
    expect((error as UsageError).hint).to.equal(
      'use --format with one or more of: md, html, junit, json',
    );
  });

  it('uses the given reporters, such as a user one next to the built-in ones', async () => {
    const custom: Reporter = {
      name: 'names',
      render: (r) => [{ name: 'n.txt', content: r.stacks[0]?.stackName ?? '' }],
    };
    const files = await renderReport(aFullReport(), {
      formats: ['names'],
      reporters: [...builtInReporters(), custom],
    });
    expect(files).to.deep.equal([{ name: 'n.txt', content: 'workers-prod' }]);
  });
});
