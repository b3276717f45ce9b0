// With JavaScript turned off (or a wasm that never arrives): the public help still works.
// Every guide reads in every language; "Find the right place" is walked from its start page
// to an outcome with Change and Back, and ends at the address the app ends at (find.test.mjs
// walks the same paths with the app); search
// answers; a tool says in the page's language that it needs JavaScript and links its guide;
// signing in works (docs/adr/0025-portal-pages-from-the-server.md).
// (axe-core runs inside the page, so it cannot run here: the pages are the same HTML the
// other end-to-end files check with JavaScript.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  VIEWPORTS, findWording, openPage, outcomeQuery, startBrowser, startServer, visit, visitApp,
} from './harness.mjs';
import { SUPERVISED, fillDate } from './portal.mjs';

const LANGS = [
  { lang: 'en', prefix: '', start: 'Start now', continue: 'Continue', change: 'Change', back: 'Back' },
  { lang: 'es', prefix: '/es', start: 'Empezar', continue: 'Continuar', change: 'Cambiar', back: 'Atrás' },
];
const guides = (lang) => JSON.parse(readFileSync(join(process.env.DIST_DIR, 'content', lang, 'guides.json'), 'utf8'));

describe('without JavaScript', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer(); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const language of LANGS) {
    it(`every guide reads in ${language.lang}, in its language`, async () => {
      const { page, context } = await openPage(chrome.browser, VIEWPORTS[0], { javaScript: false });
      try {
        for (const guide of guides(language.lang)) {
          await visit(page, `${server.url}${language.prefix}/guides`);
          await page.getByRole('link', { name: guide.title, exact: true }).click();
          await page.locator('main h1', { hasText: guide.title }).waitFor();
          assert.equal(await page.locator('html').getAttribute('lang'), language.lang);
          assert.match(await page.title(), new RegExp(guide.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          assert.ok((await page.locator('.guide').innerText()).length > 200, `${guide.slug} has its text`);
          assert.equal(await page.locator('main noscript').count(), 0);
        }
      } finally {
        await context.close();
      }
    });
  }

  /** Walks a path by clicking; returns the outcome page's heading and address. */
  async function walk(page, language, answers) {
    const wording = findWording(language.lang);
    await visit(page, `${server.url}${language.prefix}/find`);
    await page.getByRole('button', { name: language.start }).click();
    for (const [key, id] of answers) {
      const text = wording.questions.find((q) => q.key === key);
      await page.locator('main h1', { hasText: text.title }).waitFor();
      await page.getByLabel(text.answers.find((a) => a.id === id).label, { exact: true }).check();
      await page.getByRole('button', { name: language.continue }).click();
    }
    await page.locator('main h1').waitFor();
    return { heading: await page.locator('main h1').innerText(), url: new URL(page.url()) };
  }

  for (const language of LANGS) {
    it(`"Find the right place" in ${language.lang}: start to outcome, errors, Change and Back, as with JavaScript`, async () => {
      const wording = findWording(language.lang);
      const { page, context } = await openPage(chrome.browser, VIEWPORTS[0], { javaScript: false });
      try {
        for (const path of wording.example_paths) {
          const without = await walk(page, language, path.answers);
          const outcome = wording.outcomes.find((o) => o.id === path.outcome);
          assert.equal(without.heading, outcome.title, path.answers.join(' '));
          assert.equal(without.url.pathname, `${language.prefix}/find/result`);
          assert.equal(without.url.search, outcomeQuery(path.answers));
        }

        // Continue without an answer: the error summary and the field's message.
                await visit(page, `${server.url}${language.prefix}/find/event`);
        await page.getByRole('button', { name: language.continue }).click();
        await page.locator('.error-summary').waitFor();
        assert.equal(await page.locator('#event-error').count(), 1);
        assert.match(await page.title(), /^Error: /);

        // Change an answer on the outcome page: the question opens with it ticked, and a
        // new answer leads to the new outcome, without the answers the path no longer asks.
        const first = wording.example_paths.find((p) => p.answers.length >= 3);
        await walk(page, language, first.answers);
        const [key] = first.answers[0];
        const question = wording.questions.find((q) => q.key === key);
        await page.getByRole('link', { name: new RegExp(`${language.change} ${question.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
        await page.locator('main h1', { hasText: question.title }).waitFor();
        const ticked = question.answers.find((a) => a.id === first.answers[0][1]).label;
        assert.equal(await page.getByLabel(ticked, { exact: true }).isChecked(), true);

        // Back on a question goes to the question before it, not to the start page.
        await visit(page, `${server.url}${language.prefix}/find`);
        await page.getByRole('button', { name: language.start }).click();
        const [k1, a1] = first.answers[0];
        const q1 = wording.questions.find((q) => q.key === k1);
        await page.getByLabel(q1.answers.find((a) => a.id === a1).label, { exact: true }).check();
        await page.getByRole('button', { name: language.continue }).click();
        const q2 = wording.questions.find((q) => q.key === first.answers[1][0]);
        await page.locator('main h1', { hasText: q2.title }).waitFor();
        await page.locator('.back-link', { hasText: language.back }).click();
        await page.locator('main h1', { hasText: q1.title }).waitFor();
      } finally {
        await context.close();
      }
    });
  }

  it('search answers from the server, and a tool names its guide in the page language', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1], { javaScript: false });
    try {
      await visit(page, `${server.url}/es/search`);
      await page.getByLabel('Buscar en guías y herramientas').fill('portal');
      await page.locator('form[role=search] button').click();
      await page.locator('.link-list').waitFor();
      assert.match(page.url(), /\/es\/search\?q=portal/);

      await visit(page, `${server.url}/es/tools/opt-unemployment`);
      assert.match(await page.locator('main').innerText(), /necesita JavaScript/);
      await page.getByRole('link', { name: 'Lea la guía' }).click();
      await page.locator('main h1').waitFor();
      assert.match(page.url(), /\/es\/guides\/sevp-portal$/);
    } finally {
      await context.close();
    }
  });

  it('signing in works: each way shows its own boxes once chosen, errors come back in the page, the right details sign in', async () => {
    // The demonstration's accounts.
    const portal = await startServer({ demo: true });
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0], { javaScript: false });
    try {
      await visit(page, `${portal.url}/es/sign-in`);
      assert.equal(await page.locator('#email').isVisible(), false, 'no boxes before a way is chosen');
      await page.locator('#method-2').check();
      assert.equal(await page.locator('#a-number').isVisible(), true);
      assert.equal(await page.locator('#email').isVisible(), false);
      await page.locator('#a-number').fill(SUPERVISED.aNumber);
      await page.locator('main form button[type=submit]').click();
      await page.locator('.error-summary').waitFor();
      assert.match(await page.title(), /^Error: /);
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary', 'the summary has focus');
      assert.equal(await page.locator('#a-number').inputValue(), SUPERVISED.aNumber, 'what was typed is kept');
      assert.equal(await page.locator('#method-2').isChecked(), true);
      await page.locator('#subject-id').fill(SUPERVISED.subjectId);
      await fillDate(page, 'date-of-birth', SUPERVISED.dob);
      await page.locator('main form button[type=submit]').click();
      await page.waitForURL((url) => new URL(url).pathname === '/es/reporting');
      const cookies = await context.cookies();
      assert.ok(cookies.some((cookie) => cookie.name === '__Host-navigator-session'), 'signed in');
    } finally {
      await context.close();
      await portal.stop();
    }
  });

  it('with JavaScript, browser Back after Continue shows the earlier answer ticked', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1]);
    try {
      await visitApp(page, `${server.url}/find/event`);
      await page.getByLabel(/I have an immigration court date/).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('main h1', { hasText: 'Is any of these true for you?' }).waitFor();
      await page.goBack();
      await page.locator('main h1', { hasText: 'What has happened, or what do you want to know?' }).waitFor();
      assert.equal(await page.getByLabel(/I have an immigration court date/).isChecked(), true);
    } finally {
      await context.close();
    }
  });
});
