// "Find the right place": a path to every outcome, clicked as a person would, in both
// languages at 320 px and 1280 px, with axe on every page on the way; Change, Back, reload
// and shared links.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  VIEWPORTS, axeOncePerPage, axeViolations, findWording, openPage, outcomeQuery, startBrowser, startServer,
  visit, visitApp,
} from './harness.mjs';

const LANGS = [
  { lang: 'en', prefix: '', start: 'Start now', continue: 'Continue', change: 'Change' },
  { lang: 'es', prefix: '/es', start: 'Empezar', continue: 'Continuar', change: 'Cambiar' },
];

describe('find the right place', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer(); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const language of LANGS) {
    const wording = findWording(language.lang);
    const question = (key) => wording.questions.find((q) => q.key === key);
    // One walk, each new page checked at both sizes.
    it(`reaches all ${wording.outcomes.length} outcomes in ${language.lang}, axe-clean at 320 px and 1280 px`, async () => {
      const { page, context, errors } = await openPage(chrome.browser, VIEWPORTS[0]);
      const axe = axeOncePerPage({ bothSizes: true });
      try {
        for (const path of wording.example_paths) {
          // Every step after the start page is the app's.
          await visitApp(page, `${server.url}${language.prefix}/find`);
          await axe.check(page, language.lang);
          await page.getByRole('button', { name: language.start }).click();
          for (const [key, id] of path.answers) {
            const text = question(key);
            await page.locator('main h1', { hasText: text.title }).waitFor();
            await axe.check(page, language.lang);
            const label = text.answers.find((a) => a.id === id).label;
            await page.getByLabel(label, { exact: true }).check();
            await page.getByRole('button', { name: language.continue }).click();
          }
          const outcome = wording.outcomes.find((o) => o.id === path.outcome);
          await page.locator('main h1', { hasText: outcome.title }).waitFor();
          assert.equal(new URL(page.url()).pathname, `${language.prefix}/find/result`);
          assert.equal(new URL(page.url()).search, outcomeQuery(path.answers));
          assert.equal(await page.locator('main h1').innerText(), outcome.title);
          assert.equal(await page.locator('.checklist input[type=checkbox]').count(), outcome.have_ready.length);
          await axe.check(page, `${language.lang} ${path.outcome}`);
        }
        assert.deepEqual(axe.problems, []);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it('Continue without an answer shows the GOV.UK error pattern, axe-clean at both sizes', async () => {
    for (const viewport of VIEWPORTS) {
      for (const language of LANGS) {
        const { page, context } = await openPage(chrome.browser, viewport);
        try {
          const text = findWording(language.lang).questions.find((q) => q.key === 'event');
          await visit(page, `${server.url}${language.prefix}/find/event`);
          await page.getByRole('button', { name: language.continue }).click();
          await page.locator('.error-summary').waitFor();
          assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
          assert.match(await page.title(), /^Error: /);
          assert.equal(await page.locator('.error-summary__list a').innerText(), text.error);
          assert.match(await page.locator('#event-error').innerText(), new RegExp(text.error));
          assert.deepEqual(await axeViolations(page), []);
          // The summary's link takes focus to the first option.
          await page.locator('.error-summary__list a').click();
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'event');
        } finally {
          await context.close();
        }
      }
    }
  });

  it('Change keeps the later answers; Back and reload keep the state; a shared link opens the same outcome', async () => {
    const wording = findWording('en');
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      const result = `${server.url}/find/result?court-case=yes&event=moved&status=supervision`;
      await visit(page, result);
      const withCourt = wording.outcomes.find((o) => o.id === 'ice-change-of-address-with-court').title;
      assert.equal(await page.locator('main h1').innerText(), withCourt);
      assert.match(await page.locator('main').innerText(), /EOIR-33/);

      // Change the court answer: the other answers stay, the outcome updates.
      await page.getByRole('link', { name: /Change Do you have a case in immigration court/ }).click();
      await page.locator('main h1', { hasText: 'Do you have a case in immigration court?' }).waitFor();
      assert.equal(await page.getByLabel('Yes', { exact: true }).isChecked(), true, 'the earlier answer is selected');
      await page.getByLabel('No', { exact: true }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      const without = wording.outcomes.find((o) => o.id === 'ice-change-of-address').title;
      await page.locator('main h1', { hasText: without }).waitFor();
      assert.doesNotMatch(await page.locator('main').innerText(), /EOIR-33/);
      assert.match(page.url(), /event=moved/);
      assert.match(page.url(), /status=supervision/);

      // Change the first answer and continue: with the later answers kept, it goes
      // straight back to the outcome.
      await page.getByRole('link', { name: /Change What has happened, or what do you want to know/ }).click();
      await page.locator('main h1', { hasText: 'What has happened, or what do you want to know?' }).waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('main h1', { hasText: without }).waitFor();

      // Back returns to the previous page, reload keeps it.
      await page.goBack();
      await page.locator('main h1', { hasText: 'What has happened, or what do you want to know?' }).waitFor();
      await page.reload();
      await page.locator('main h1', { hasText: 'What has happened, or what do you want to know?' }).waitFor();
      assert.equal(await page.getByLabel(/I moved/).isChecked(), true);

      // A copied link opens the same outcome in a fresh browser.
      const fresh = await openPage(chrome.browser, VIEWPORTS[1]);
      await visit(fresh.page, result);
      assert.equal(await fresh.page.locator('main h1').innerText(), withCourt);
      await fresh.context.close();

      // An incomplete link asks the next question instead of guessing.
      await visit(page, `${server.url}/find/result?event=court`);
      await page.locator('main h1', { hasText: 'Is any of these true for you?' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
