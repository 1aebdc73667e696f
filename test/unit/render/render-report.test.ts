import { expect } from 'chai';

import { TemplateError, UsageError } from '../../../src/model/errors.js';
import { builtInReporters } from '../../../src/render/builtin-reporters.js';
import { renderEachFormat, renderReport } from '../../../src/render/render-report.js';
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

  describe('a reporter of your own that returns the wrong shape', () => {
    const shapes: [string, unknown, string][] = [
      ['no list', { name: 'x.txt', content: 'x' }, 'it returned no list of files'],
      ['a file without a name', [{ content: 'x' }], 'file 1 of the list it returned has no name'],
      [
        'content that is a number',
        [{ name: 'x.txt', content: 5 }],
        'the content of x.txt is number',
      ],
      [
        'content in parts from render',
        [{ name: 'x.txt', content: ['a', 5] }],
        'the content of x.txt is a list, not text',
      ],
      [
        'content as bytes',
        [{ name: 'x.txt', content: Buffer.from('a') }],
        'the content of x.txt is binary data, not text',
      ],
    ];
    for (const [label, returned, reason] of shapes) {
      it(`is named with what is wrong: ${label}`, async () => {
        const odd = { name: 'odd', render: () => returned } as unknown as Reporter;
        const error = await renderReport(aFullReport(), {
          formats: ['odd'],
          reporters: [odd],
        }).catch((caught: unknown) => caught);
        expect(error).to.be.instanceOf(TemplateError);
        expect((error as TemplateError).message).to.contain(`the odd reporter failed: ${reason}`);
      });
    }

    it('is named when a part of its content is not text', async () => {
      const odd = {
        name: 'odd',
        render: () => [],
        renderInParts: () => [{ name: 'x.txt', content: ['a', 5] }],
      } as unknown as Reporter;
      const read = async () => {
        for await (const file of renderEachFormat(aFullReport(), {
          formats: ['odd'],
          reporters: [odd],
        })) {
          if (typeof file.content !== 'string') [...file.content];
        }
      };
      const error = await read().catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(TemplateError);
      expect((error as TemplateError).message).to.contain('a part of its content is number');
    });
  });
});
