import { expect } from 'chai';
import sinon from 'sinon';

import { renderHtml } from '../../../../src/render/html/render-html.js';
import { renderJunit } from '../../../../src/render/junit/render-junit.js';
import { renderMarkdown } from '../../../../src/render/markdown/render-markdown.js';
import { buildReportView } from '../../../../src/render/view/build-report-view.js';
import {
  C13_IMAGE_CREATED,
  C13_LAST_UPDATED,
  c13Report,
} from '../../../fixtures/cases/c13/report.js';

function findNonPlain(value: unknown, where = 'view'): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return where;
  for (const [key, child] of Object.entries(value)) {
    const found = findNonPlain(child, `${where}.${key}`);
    if (found) return found;
  }
  return undefined;
}

describe('report view with SDK objects (C13)', () => {
  it('holds only plain objects and arrays, even when the input holds class instances', () => {
    expect(findNonPlain(buildReportView(c13Report()))).to.equal(undefined);
  });

  it('writes dates as ISO 8601 UTC, never Date.toString()', () => {
    const stack = buildReportView(c13Report()).stacks[0];
    expect(stack?.lastUpdatedAt).to.match(C13_LAST_UPDATED);
    expect(stack?.createdAt).to.equal('2026-11-02T09:00:00.000Z');
    expect(stack?.rows[0]?.createdAt).to.match(C13_IMAGE_CREATED);
  });

  it(
    'fills the name, created and last-updated ' + 'cells in every format, with no warning',
    async () => {
      const spies = (['log', 'warn', 'error', 'info'] as const).map((m) => sinon.spy(console, m));
      const report = c13Report();
      const markdown = await renderMarkdown(report);
      const { html } = await renderHtml(report);
      const junit = renderJunit(report);

      for (const text of [markdown, html, junit]) {
        expect(text).to.include('web-golden-2026.11.30');
        expect(text).to.include('2026-12-02T14:30:00.000Z');
        expect(text).to.include('2026-11-30T08:15:00.000Z');
        expect(text).not.to.include('GMT');
      }
      expect(markdown).to.include('Name: web-golden<br>Release: 2026.11.30<br>Team: web');
      expect(html).to.include(
        '<span class="tag-key"><bdi>Release</bdi></span> <bdi>2026.11.30</bdi>',
      );
      const printed = spies.flatMap((spy) => spy.getCalls().map((call) => String(call.args[0])));
      expect(printed.filter((line) => line.includes('Access has been denied'))).to.deep.equal([]);
      expect(spies.every((spy) => spy.notCalled)).to.equal(true);
    },
  );
});
