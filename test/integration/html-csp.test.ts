import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from 'chai';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';

import { renderHtml } from '../../src/render/html/render-html.js';
import { c16Report } from '../fixtures/cases/c16/report.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
interface StyleWindow {
  getComputedStyle(element: unknown): { backgroundColor: string };
}

// Runs in the page; the test build has no DOM types, so the window is described here.
const COMPUTED_BACKGROUND = (element: unknown): string =>
  (globalThis as unknown as StyleWindow).getComputedStyle(element).backgroundColor;
const INSTALL_HINT =
  `Chromium is not installed at ${CHROMIUM}: ` + 'apt-get update && apt-get install -y chromium';
const artifactsDir = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const cspFile = fileURLToPath(
  new URL('../fixtures/cases/c16/jenkins-default-csp.txt', import.meta.url),
);

interface Site {
  url: string;
  close(): Promise<void>;
}

/** Serves fixed files from loopback with the Jenkins Content-Security-Policy header. */
async function serve(files: Record<string, string>, csp: string): Promise<Site> {
  const server = http.createServer((request, response) => {
    const name = (request.url ?? '/').slice(1);
    const body = files[name];
    const type = name.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
    response.writeHead(body === undefined ? 404 : 200, {
      'Content-Type': type,
      'Content-Security-Policy': csp,
    });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Opens a page and gathers every console message that reports a blocked resource. */
async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; blocked: string[] }> {
  const page = await context.newPage();
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|violates/i.test(message.text())) {
      blocked.push(message.text());
    }
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, blocked };
}

const chromiumMissing = !existsSync(CHROMIUM) && process.env.CI !== 'true';

describe('HTML report under the Jenkins CSP in Chromium (C16)', function () {
  // Without a browser on a developer machine the test is pending and says how to get one;
  // in CI a missing browser is a failure.
  if (chromiumMissing) {
    it(`needs Chromium. ${INSTALL_HINT}`);
    return;
  }

  let context: BrowserContext;
  let site: Site;
  let userDataDir: string;

  before(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(INSTALL_HINT);
    const csp = (await readFile(cspFile, 'utf8')).trim();
    const { html, css } = await renderHtml(c16Report());
    const unsafe = html.replace(
      '<td class="status status-ok',
      '<td style="color: red" class="status status-ok',
    );
    site = await serve(
      { 'ami-report.html': html, 'ami-report.css': css, 'unsafe.html': unsafe },
      csp,
    );
    userDataDir = await mkdtemp(path.join(os.tmpdir(), 'ami-report-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
  });

  after(async () => {
    await context?.close();
    await site?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it('loads with no CSP violation and applies the linked stylesheet', async () => {
    const { page, blocked } = await openPage(context, `${site.url}ami-report.html`);
    const status = page.locator('td.status.status-ok').first();
    const styled = await status.evaluate(COMPUTED_BACKGROUND);
    const plain = await page.locator('body').evaluate(COMPUTED_BACKGROUND);

    expect(blocked).to.deep.equal([]);
    expect(styled).to.equal('rgb(232, 245, 233)');
    expect(plain).to.equal('rgba(0, 0, 0, 0)');
    expect(styled).not.to.equal(plain);
    expect(await status.textContent()).to.equal('ok');
    await mkdir(artifactsDir, { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'html-csp.png'), fullPage: true });
  });

  it('does report a violation for an inline style, so the check above can fail', async () => {
    const { blocked } = await openPage(context, `${site.url}unsafe.html`);
    expect(blocked.join('\n')).to.match(/inline style.*Content Security Policy/);
  });
});
