// The app shell: Home, About and the 404 page, in English and Spanish, at 320 px and 1280 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, axeViolations, chooseLanguage, hasHorizontalScroll, openPage, startBrowser, startServer, visitApp } from './harness.mjs';

const PAGES = [
  { path: '/', status: 200, h1: 'Find your way around U.S. immigration portals', lang: 'en', notice: 'This is not a government website' },
  { path: '/about', status: 200, h1: 'About this helper', lang: 'en', notice: 'This is not a government website' },
  { path: '/no-such-page', status: 404, h1: 'Page not found', lang: 'en', notice: 'This is not a government website' },
  { path: '/es', status: 200, h1: 'Oriéntese en los portales de inmigración de EE. UU.', lang: 'es', notice: 'Este no es un sitio web del gobierno' },
  { path: '/es/about', status: 200, h1: 'Quiénes somos', lang: 'es', notice: 'Este no es un sitio web del gobierno' },
  { path: '/es/no-such-page', status: 404, h1: 'No se encontró la página', lang: 'es', notice: 'Este no es un sitio web del gobierno' },
];

describe('app shell', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer(); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const viewport of VIEWPORTS) {
    for (const expected of PAGES) {
      it(`${expected.path} at ${viewport.name}: heading, notice, lang, no scroll, no axe violations`, async () => {
        const { page, context, errors } = await openPage(chrome.browser, viewport);
        try {
          const response = await page.goto(server.url + expected.path);
          assert.equal(response.status(), expected.status);
          await page.locator('h1').waitFor();
          assert.equal(await page.locator('h1').innerText(), expected.h1);
          assert.equal(await page.getAttribute('html', 'lang'), expected.lang);
          // The independent-helper notice (a page in a translation not yet reviewed has a second).
          const notice = page.locator('.notice').first();
          assert.ok(await notice.isVisible(), 'the independent-helper notice is visible');
          assert.match(await notice.innerText(), new RegExp(expected.notice));
          assert.match(await page.title(), new RegExp(`^${expected.h1}`));
          assert.equal(await hasHorizontalScroll(page), false, 'no horizontal scroll');
          assert.deepEqual(await axeViolations(page), []);
          // Chromium logs the 404 status of the document itself; anything else is a fault.
          const unexpected = errors.filter((e) => !(expected.status === 404 && /status of 404/.test(e)));
          assert.deepEqual(unexpected, []);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('following links moves focus to the new heading, keeps history, survives reload', async () => {
    const { page, context, errors } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      // In-app navigation needs the app: the page itself comes from the server.
      await visitApp(page, server.url + '/');
      await page.evaluate(() => { window.notReloaded = true; });
      await page.getByRole('link', { name: 'About', exact: true }).first().click();
      await page.waitForURL('**/about');
      assert.equal(await page.locator('h1').innerText(), 'About this helper');
      assert.equal(await page.title(), 'About this helper – eService Navigator');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
      assert.equal(await page.evaluate(() => window.notReloaded), true, 'no full page load');

      // The app draws the page of a history step after the address changes: wait for it.
      await page.goBack();
      await page.waitForURL(server.url + '/');
      await page.locator('h1', { hasText: 'Find your way around U.S. immigration portals' }).waitFor();
      assert.equal(await page.evaluate(() => window.notReloaded), true, 'Back moves within the app');
      await page.goForward();
      await page.waitForURL(/\/about$/);
      await page.locator('h1', { hasText: 'About this helper' }).waitFor();

      // Another language is a fresh load (its words are fetched at start, ADR 12). Back
      // returns to the English page whether the browser kept the page in memory or loads
      // it again (the bare home page, loaded again, would follow the remembered Spanish).
      await chooseLanguage(page, 'Español');
      await page.waitForURL('**/es/about');
      assert.equal(await page.locator('h1').innerText(), 'Quiénes somos');
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
      await page.goBack();
      await page.waitForURL(/\/about$/);
      await page.locator('h1', { hasText: 'About this helper' }).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');

      await page.goto(server.url + '/es/about');
      await page.reload();
      assert.equal(await page.locator('h1').innerText(), 'Quiénes somos');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('the language menu names every language in its own words and keeps the page', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await page.goto(`${server.url}/fr/guides/uscis`);
      await page.locator('main h1').waitFor();
      await page.locator('.language-menu__button').click();
      const names = await page.locator('.language-menu__list a').allInnerTexts();
      assert.deepEqual(names, ['English', 'Español', 'Português', 'Kreyòl ayisyen', 'Français']);
      await page.locator('.language-menu__list').getByRole('link', { name: 'Kreyòl ayisyen' }).click();
      await page.waitForURL('**/ht/guides/uscis');
      await page.locator('html[lang=ht]').waitFor({ state: 'attached' });
      // The notice's link leads to the same page in English.
      await page.locator('.notice--translation a').click();
      await page.waitForURL((u) => new URL(u).pathname === '/guides/uscis');
    } finally {
      await context.close();
    }
  });

  it('the skip link is the first stop and jumps to the main content', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1]);
    try {
      await page.goto(server.url + '/about');
      await page.locator('h1').waitFor();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
      assert.ok(await page.locator('.skip-link').isVisible(), 'visible when focused');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    } finally {
      await context.close();
    }
  });

  it('the API answers JSON health and JSON 404s, never the app', async () => {
    const health = await fetch(server.url + '/api/health');
    assert.equal(health.status, 200);
    assert.equal((await health.json()).database, 'ok');
    const missing = await fetch(server.url + '/api/no-such-endpoint');
    assert.equal(missing.status, 404);
    assert.match(missing.headers.get('content-type'), /application\/json/);
  });
});
