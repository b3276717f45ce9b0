// The home page's ways in and the remembered language; and the real transfer of a first
// visit, as Chromium receives it (brotli), for docs/performance.md.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  VIEWPORTS, chooseLanguage, openPage, startBrowser, startServer, visit, visitApp,
} from './harness.mjs';

/** Bytes on the wire (headers and encoded bodies) for everything a first visit loads. */
async function firstVisitTransfer(browser, url) {
  const { page, context } = await openPage(browser, VIEWPORTS[0]);
  const requests = [];
  page.on('requestfinished', (request) => requests.push(request));
  await visit(page, url);
  await page.waitForLoadState('networkidle');
  let total = 0;
  for (const request of requests) {
    const sizes = await request.sizes();
    total += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  return { total, requests: requests.length };
}

describe('home', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer(); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  // The release minifies the stylesheet (ADR 24). Written in the newest syntax, its media
  // queries (`width >= 40rem`) match nothing in Safari before 16.4, which Chromium cannot show.
  it('serves a minified stylesheet that browsers of the last years still read', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
    assert.ok(href, 'the home page links its stylesheet');
    assert.doesNotMatch(html, /integrity=|data-integrity/);
    const css = await (await fetch(`${server.url}${href}`)).text();
    assert.doesNotMatch(css, /\/\*/, 'minified: no comments');
    assert.match(css, /@media \(min-width:/);
    assert.doesNotMatch(css, /\((?:width|height)\s*[<>]/, 'no range syntax in media queries');
    assert.doesNotMatch(css, /#(?:[0-9a-f]{4}|[0-9a-f]{8})(?![0-9a-f])/i, 'no 4- or 8-digit colours (Edge 18 reads neither)');
  });

  it('offers three ways in and the common destinations one tap away', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await visit(page, `${server.url}/`);
      assert.deepEqual(await page.locator('.ways__link').allInnerTexts(), [
        'Find the right place', 'I work for a school with international students', 'I know which service I need',
      ]);
      assert.equal(await page.locator('.common-links a').count(), 7);
      await page.getByRole('link', { name: 'I work for a school with international students' }).click();
      await page.locator('main h1', { hasText: 'What do you need to do?' }).waitFor();
      assert.match(page.url(), /\/find\/school-need\?event=school$/);
    } finally {
      await context.close();
    }
  });

  it('remembers the language chosen with the switch', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1]);
    try {
      // The app remembers the choice (local storage): a tap before it has started only
      // follows the link to the Spanish page, which is what a page without script does.
      await visitApp(page, `${server.url}/`);
      await chooseLanguage(page, 'Español');
      await page.waitForURL(/\/es$/);
      await visit(page, `${server.url}/`);
      await page.waitForURL(/\/es$/);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
      // A shared English link stays English.
      await visit(page, `${server.url}/about`);
      assert.equal(await page.locator('main h1').innerText(), 'About this helper');
    } finally {
      await context.close();
    }
  });

  it('measures the first-visit transfer of / and /find', async () => {
    const home = await firstVisitTransfer(chrome.browser, `${server.url}/`);
    const find = await firstVisitTransfer(chrome.browser, `${server.url}/find`);
    const question = await firstVisitTransfer(chrome.browser, `${server.url}/find/event`);
    const report = { home, find, find_question: question };
    const out = join(process.env.DIST_DIR, '..', 'target');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'e2e-transfer.json'), JSON.stringify(report, null, 2));
    console.log(`first visit transfer: / ${home.total} B, /find ${find.total} B, /find/event ${question.total} B`);
    assert.ok(home.total <= 120_000, `first visit to / is ${home.total} bytes, over 120 KB`);
  });
});
