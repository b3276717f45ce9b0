// The first screen is the page (issue 12, item 4): on a 360 × 740 phone every public page
// and every signed-in portal page shows its heading before any scrolling, in English and
// Spanish; the navigation folds behind a "Menu" button that works without JavaScript and is
// open as a plain list on a wide screen; a form's problems come into view, focused, where the
// person is looking.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, openPage, outcomePaths, publicPaths, startBrowser, startServer, visit, visitApp,
} from './harness.mjs';
import { STUDENT, proceed, signIn, signedInPages } from './portal.mjs';

const PHONE = { name: '360 × 740', width: 360, height: 740 };
const DESK = VIEWPORTS[1];

const LANGS = [
  {
    lang: 'en', prefix: '', menu: 'Menu',
    nav: ['Home', 'Find the right place', 'Guides', 'Tools', 'Search', 'About', 'Portal demo'],
  },
  {
    lang: 'es', prefix: '/es', menu: 'Menú',
    nav: ['Inicio', 'Encuentre el lugar correcto', 'Guías', 'Herramientas', 'Buscar', 'Quiénes somos', 'Portal de demostración'],
  },
];

/** Where the page's `h1` is, in pixels from the top of the document, once the page has loaded. */
async function headingBox(page) {
  const heading = page.locator('main h1').first();
  await heading.waitFor();
  const box = await heading.evaluate((h) => {
    const r = h.getBoundingClientRect();
    return { top: Math.round(r.top + window.scrollY), bottom: Math.round(r.bottom + window.scrollY) };
  });
  return { ...box, visible: await heading.isVisible() };
}

/**
 * Records a page whose heading is not wholly within the first screen; `seen` keeps every
 * measurement, for the report.
 */
function firstScreenCheck() {
  const problems = [];
  const seen = [];
  return {
    async measure(page, label) {
      const box = await headingBox(page);
      seen.push(`${label}: h1 ${box.top}–${box.bottom} px`);
      if (!box.visible || box.top < 0 || box.bottom > PHONE.height) {
        problems.push(`${label}: h1 at ${box.top}–${box.bottom} px${box.visible ? '' : ' (hidden)'}`);
      }
    },
    problems,
    seen,
  };
}

/** Whether an element is the focused one and wholly inside the window. */
async function focusedInView(locator) {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    return {
      focused: document.activeElement === element,
      // Scrolling may stop a fraction of a pixel off.
      inView: r.top > -1 && r.bottom < window.innerHeight + 1,
      top: Math.round(r.top),
    };
  });
}

describe('the first screen is the page (360 × 740)', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer({ demo: true }); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const language of LANGS) {
    it(`every public page in ${language.lang} shows its h1 in the first screen`, async (t) => {
      const paths = [...publicPaths(language.prefix), outcomePaths(language.lang, language.prefix)[0]];
      // Every kind of page is there: a build that wrote no pages must not pass.
      for (const kind of ['', '/about', '/find', '/find/event', '/guides', '/guides/uscis', '/tools', '/tools/deadlines', '/search', '/sign-in', '/activate']) {
        const path = `${language.prefix}${kind}` || '/';
        assert.ok(paths.includes(path), `${path} is one of the pages measured`);
      }
      const check = firstScreenCheck();
      const { page, context } = await openPage(chrome.browser, PHONE);
      try {
        for (const path of paths) {
          await visitApp(page, server.url + path);
          // A page the server sent complete stays as it is; one the app drew itself (a tool, the
          // portal) may still be fetching what it shows.
          if (await page.locator('main[data-complete]').count() === 0) await page.waitForLoadState('networkidle');
          await check.measure(page, path);
        }
      } finally {
        await context.close();
      }
      t.diagnostic(check.seen.join('\n'));
      assert.deepEqual(check.problems, []);
    });
  }

  for (const language of LANGS) {
    it(`every signed-in portal page of each role in ${language.lang} shows its h1 in the first screen`, async (t) => {
      const roles = await signedInPages(server.url);
      const check = firstScreenCheck();
      const { page, context } = await openPage(chrome.browser, PHONE);
      try {
        for (const [who, paths] of roles) {
          await signIn(page, server.url, who, { prefix: language.prefix });
          for (const path of paths) {
            await visitApp(page, server.url + language.prefix + path);
            await page.waitForLoadState('networkidle');
            await check.measure(page, `${who.name ?? who.aNumber} ${language.prefix}${path}`);
          }
        }
      } finally {
        await context.close();
      }
      t.diagnostic(check.seen.join('\n'));
      assert.deepEqual(check.problems, []);
    });
  }

  for (const language of LANGS) {
    it(`without JavaScript the menu in ${language.lang} opens on a phone and every link in it works`, async () => {
      const { page, context } = await openPage(chrome.browser, PHONE, { javaScript: false });
      try {
        for (const name of language.nav) {
          await visit(page, `${server.url}${language.prefix}/about`);
          const menu = page.locator('header summary', { hasText: language.menu });
          assert.ok(await menu.isVisible(), 'the menu button shows');
          const link = page.locator('header nav').getByRole('link', { name, exact: true });
          assert.equal(await link.isVisible(), false, `${name} is folded away`);
          await menu.click();
          assert.ok(await link.isVisible(), `${name} shows in the open menu`);
          const href = await link.getAttribute('href');
          await link.click();
          // The portal's pages need JavaScript (ADR 16): a loaded page is its shell.
          await page.waitForURL((u) => new URL(u).pathname === href);
          assert.ok(await menu.isVisible(), `${name} opened a page with the menu`);
          assert.equal(await page.locator('header details[open]').count(), 0, 'the new page starts with the menu closed');
        }
      } finally {
        await context.close();
      }
    });
  }

  it('on a wide screen the navigation is a plain list, with no menu button', async () => {
    for (const javaScript of [true, false]) {
      const { page, context } = await openPage(chrome.browser, DESK, { javaScript });
      try {
        await visit(page, `${server.url}/guides`);
        assert.equal(await page.locator('header .nav-menu__button').isVisible(), false);
        for (const name of LANGS[0].nav) {
          assert.ok(await page.locator('header nav').getByRole('link', { name, exact: true }).isVisible(), `${name} (JavaScript ${javaScript})`);
        }
      } finally {
        await context.close();
      }
    }
  });

  it('with JavaScript a link in the menu moves within the app and leaves the menu closed', async () => {
    const { page, context, errors } = await openPage(chrome.browser, PHONE);
    try {
      await visitApp(page, `${server.url}/`);
      await page.evaluate(() => { window.notReloaded = true; });
      await page.locator('header summary', { hasText: 'Menu' }).click();
      await page.locator('header nav').getByRole('link', { name: 'Guides', exact: true }).click();
      await page.waitForURL('**/guides');
      await page.locator('main h1', { hasText: 'Guides' }).waitFor();
      assert.equal(await page.evaluate(() => window.notReloaded), true, 'no full page load');
      assert.equal(await page.locator('header details[open]').count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it("a form's error summary comes into view, focused, when Continue is pressed at the bottom", async () => {
    const { page, context } = await openPage(chrome.browser, PHONE);
    try {
      await signIn(page, server.url, STUDENT);
      await page.goto(`${server.url}/student/contact`);
      await page.locator('#address-line1').fill('');
      const button = page.locator('main form button[type=submit]');
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      const where = await focusedInView(summary);
      assert.deepEqual({ focused: where.focused, inView: where.inView }, { focused: true, inView: true }, `error summary at ${where.top} px`);
    } finally {
      await context.close();
    }
  });

  it('a "not sent" notice comes into view, focused, when sending fails', async () => {
    const { page, context } = await openPage(chrome.browser, PHONE);
    try {
      await signIn(page, server.url, STUDENT);
      await page.goto(`${server.url}/student/contact`);
      await page.locator('#address-line1').fill('3 First Screen St');
      await proceed(page, 'phone');
      await proceed(page, 'check');
      await page.route('**/api/student/contact', (route) => route.abort('connectionreset'));
      const send = page.getByRole('button', { name: 'Save address and phone' });
      await send.scrollIntoViewIfNeeded();
      await send.click();
      const notice = page.locator('.notification--error');
      await notice.waitFor();
      // Focus moves after the notice is drawn; give it the frame it needs.
      await page.waitForFunction(() => document.activeElement?.classList.contains('notification--error'), null, { timeout: 2000 }).catch(() => {});
      const where = await focusedInView(notice);
      assert.deepEqual({ focused: where.focused, inView: where.inView }, { focused: true, inView: true }, `notice at ${where.top} px`);
    } finally {
      await context.close();
    }
  });
});
