import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';

import { TemplateError } from '../../../../src/model/errors.js';
import { renderHtml } from '../../../../src/render/html/render-html.js';
import { renderMarkdown } from '../../../../src/render/markdown/render-markdown.js';
import { aFullReport } from '../../../fixtures/render/sample-reports.js';

const templates = fileURLToPath(new URL('../../../fixtures/render/templates/', import.meta.url));

async function captureError(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('template folder overrides', () => {
  it('replaces a built-in partial by the file of the same name', async () => {
    const markdown = await renderMarkdown(aFullReport(), {
      templateDir: path.join(templates, 'override'),
    });
    expect(markdown).to.include('| WebAmi | custom row `ami-0aaaaaaaaaaaaaaa1` | | | | | |');
    expect(markdown).to.include('## web-prod (eu-west-1, account 111122223333)');
  });

  it('leaves the other format alone', async () => {
    const { html } = await renderHtml(aFullReport(), {
      templateDir: path.join(templates, 'override'),
    });
    expect(html).not.to.include('custom row');
  });

  it('names the file and line of a broken template', async () => {
    const error = await captureError(() =>
      renderHtml(aFullReport(), { templateDir: path.join(templates, 'broken') }),
    );
    expect(error).to.be.instanceOf(TemplateError);
    expect((error as TemplateError).message).to.match(
      /broken\/html\/row\.hbs line 3: Parse error on line 3: Expecting /,
    );
    expect((error as TemplateError).hint).to.include('Handlebars syntax');
  });

  it('reports a template that fails while rendering as a TemplateError', async () => {
    const error = await captureError(() =>
      renderMarkdown(aFullReport(), { templateDir: path.join(templates, 'broken-runtime') }),
    );
    expect(error).to.be.instanceOf(TemplateError);
    expect((error as TemplateError).message).to.include('broken-runtime/markdown/report.hbs');
    expect((error as TemplateError).message).to.include('no-such-partial');
  });
});
