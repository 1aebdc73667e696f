import { expect } from 'chai';

import { renderHtml } from '../../../../src/render/html/render-html.js';
import { c11Report } from '../../../fixtures/cases/c11/report.js';
import { c16Report } from '../../../fixtures/cases/c16/report.js';
import { anIncompleteReport } from '../../../fixtures/render/sample-reports.js';

describe('renderHtml', () => {
  describe('under the Jenkins Content-Security-Policy (C16)', () => {
    let html = '';
    let css = '';

    before(async () => {
      ({ html, css } = await renderHtml(c16Report()));
    });

    it('has no script, no style element, no style or event attribute', () => {
      expect(html).not.to.match(/<script/i);
      expect(html).not.to.match(/<style/i);
      expect(html).not.to.match(/\sstyle\s*=/i);
      expect(html).not.to.match(/\son[a-z]+\s*=/i);
    });

    it('loads nothing from elsewhere: no URL, no data: resource', () => {
      expect(html).not.to.match(/https?:\/\//i);
      expect(html).not.to.match(/data:/i);
      expect(css).not.to.match(/url\(|@import|https?:/i);
    });

    it('links its one stylesheet by a relative name', () => {
      expect(html.match(/<link [^>]*>/g)).to.deep.equal([
        '<link rel="stylesheet" href="ami-report.css">',
      ]);
      expect(css).to.include('.status');
    });

    it('shows each status as text and as a class', () => {
      for (const [status, text] of [
        ['ok', 'ok'],
        ['deprecated', 'deprecated since 2026-06-01T00:00:00.000Z'],
        ['deprecation-scheduled', 'deprecation scheduled 2027-03-01T00:00:00.000Z'],
        ['pending', 'pending'],
        ['not-found', 'not found'],
      ]) {
        expect(html).to.match(
          new RegExp(`<td class="status status-${status} tone-\\w+"><bdi>${text}</bdi></td>`),
        );
      }
    });

    it('draws the age chart with presentation attributes only', () => {
      const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
      expect(svg).to.include('<rect x="110" y="2" width="260" height="16" fill="#2e7d32"></rect>');
      expect(svg).not.to.match(/style|class=/);
    });

    it('shows every row without JavaScript', () => {
      expect((html.match(/<tr class="tone-/g) ?? []).length).to.equal(5);
    });
  });

  it('escapes metadata as text (C11)', async () => {
    const { html } = await renderHtml(c11Report());
    expect(html).to.include('built by pipeline FAILED-RETRY step &amp; &lt;verify&gt;');
    expect(html).to.include(
      '<td class="tag-value"><bdi>ab &amp; &lt;c&gt; &quot;d&quot; ]]&gt; e</bdi></td>',
    );
    expect(html).not.to.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(html).not.to.include('<verify>');
    expect(html).not.to.include('<c>');
  });

  it('puts the INCOMPLETE banner and every error first', async () => {
    const { html } = await renderHtml(anIncompleteReport());
    const banner = html.indexOf('<h2>INCOMPLETE: 2 parts of the report could not be read');
    expect(banner).to.be.greaterThan(0);
    expect(banner).to.be.lessThan(html.indexOf('<table class="amis">'));
    expect(html).to.include(
      '<tr><td><bdi>DescribeStacks</bdi></td><td><bdi>us-east-1</bdi></td><td><bdi></bdi></td>' +
        '<td><code><bdi>AccessDenied</bdi></code></td>',
    );
  });
});
