// Search: results from guides, tools and outcomes, also for everyday words ("lost my job");
// an empty search is an error; and search keeps working without a connection once the app
// has loaded.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, appStarted, axeViolations, holdWasm, openPage, startBrowser, startServer, visit, visitApp,
} from './harness.mjs';

describe('search', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer(); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  it('finds guides and tools, in both languages, axe-clean at both sizes', async () => {
    for (const viewport of VIEWPORTS) {
      for (const [prefix, label, words, expected] of [
        ['', 'Search guides and tools', 'cash bond', 'Cash bonds with CeBONDS'],
        ['/es', 'Buscar en guías y herramientas', 'fianza', 'Fianzas en efectivo con CeBONDS'],
      ]) {
        const { page, context } = await openPage(chrome.browser, viewport);
        try {
          // The app's search: wait for it to start, or typing can race its start (the
          // server's own search is tested in no-script.test.mjs).
          await visitApp(page, `${server.url}${prefix}/search`);
          assert.deepEqual(await axeViolations(page), []);
          await page.getByLabel(label).fill(words);
          await page.locator('main button[type=submit]').click();
          await page.locator('.link-list').waitFor();
          assert.ok((await page.locator('.link-list__link').allInnerTexts()).includes(expected));
          assert.match(page.url(), /\/search\?q=/);
          assert.deepEqual(await axeViolations(page), []);
        } finally {
          await context.close();
        }
      }
    }
  });

  it('keeps what was typed before the app started, and searches with it', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      const release = await holdWasm(page);
      await visit(page, `${server.url}/search`);
      const field = page.getByLabel('Search guides and tools');
      await field.fill('cash bond');
      release();
      await appStarted(page);
      assert.equal(await field.inputValue(), 'cash bond');
      await page.locator('main button[type=submit]').click();
      await page.locator('.link-list').waitFor();
      assert.ok((await page.locator('.link-list__link').allInnerTexts()).includes('Cash bonds with CeBONDS'));
    } finally {
      await context.close();
    }
  });

  it('finds pages by the everyday words visitors type, in both languages', async () => {
    for (const [prefix, words, expected] of [
      ['', 'lost my job', 'OPT unemployment days'],
      ['/es', 'cárcel', 'Encontrar a una persona detenida (Localizador de detenidos)'],
    ]) {
      const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
      try {
        // The server's results, which the app leaves as they are.
        await visitApp(page, `${server.url}${prefix}/search?q=${encodeURIComponent(words)}`);
        const titles = await page.locator('.link-list__link').allInnerTexts();
        assert.ok(titles.slice(0, 5).includes(expected), `${words}: ${titles.join(' | ')}`);
      } finally {
        await context.close();
      }
    }
  });

  it('an empty search shows an error; search works offline once loaded', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await visitApp(page, `${server.url}/search`);
      await page.locator('main button[type=submit]').click();
      await page.locator('.error-summary').waitFor();
      assert.match(await page.title(), /^Error: Search/);
      assert.deepEqual(await axeViolations(page), []);

      await context.setOffline(true);
      await page.getByLabel('Search guides and tools').fill('visa');
      await page.locator('main button[type=submit]').click();
      await page.locator('.link-list').waitFor();
      assert.ok((await page.locator('.link-list__link').allInnerTexts()).some((t) => /Department of State/.test(t)));
      await context.setOffline(false);
    } finally {
      await context.close();
    }
  });
});
