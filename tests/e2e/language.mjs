// What the test of each language added by issue 15 (`language-<tag>.test.mjs`, one file per
// language so the runner spreads them) checks: every public page (each question and outcome
// of "Find the right place" included) and every signed-in portal page of each role —
// served with its `lang` in the HTML itself, saying its translation is not yet reviewed,
// axe-clean at 320 px and 1280 px, and with no English on screen: the rendered text is
// scanned for the English catalogue's words that the language's own catalogue does not
// also use (official terms such as A-Number and SEVIS ID stay as the forms write them).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  axeOncePerPage, openPage, outcomePaths, publicPaths, startBrowser, startServer, visitApp,
} from './harness.mjs';
import { signIn, signedInPages, unexpectedConsole } from './portal.mjs';

/** Every text a language's catalogues hold: the bundles' words, "Find the right place" and the guides' titles. */
function catalogueTexts(lang) {
  const folder = join(process.env.DIST_DIR, 'content', lang);
  const texts = [];
  const collect = (value) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      // A message with placeholders is a list of pieces: `{ t: text }`, `{ v: variable }`, choices.
      for (const [key, inner] of Object.entries(value)) if (key !== 'v' && key !== 'href' && key !== 'url') collect(inner);
    }
  };
  for (const name of readdirSync(folder)) {
    if (/^words-.*\.json$/.test(name) || name === 'find.json' || name === 'guides.json') {
      collect(JSON.parse(readFileSync(join(folder, name), 'utf8')));
    }
  }
  return texts;
}

/**
 * The English a page in `lang` must not show: each English text of two letters or more that
 * the language's own catalogues never use (so official terms, names and numbers, the same in
 * both, are left out). Short ones (one or two words: a button) count only as a whole line.
 */
function englishOf(lang) {
  const own = catalogueTexts(lang).join('\n');
  const english = new Set(
    catalogueTexts('en')
      .flatMap((text) => text.split(/\n+/))
      .map((text) => text.trim())
      .filter((text) => /[a-z]{2}/i.test(text) && !own.includes(text)),
  );
  const lines = new Set();
  const phrases = [];
  for (const text of english) {
    if (text.split(/\s+/).length >= 3) phrases.push(text);
    else lines.add(text);
  }
  return {
    /** The English found in a page's rendered text. */
    in(pageText) {
      const found = phrases.filter((phrase) => pageText.includes(phrase));
      for (const line of pageText.split('\n')) if (lines.has(line.trim())) found.push(line.trim());
      return found;
    },
  };
}

/** The phone whose first screen must show each page's heading. */
const PHONE = { width: 360, height: 740 };

/** Checks one page already on screen: its English, its heading, then axe and width at both sizes. */
function pageChecks(english) {
  const axe = axeOncePerPage({ bothSizes: true });
  const problems = [];
  return {
    /** `loads`: the page fetches what it shows after it starts (a portal page). */
    async check(page, label, { loads = false } = {}) {
      if (loads) await page.waitForLoadState('networkidle');
      await this.noEnglish(page, label);
      // The heading in the first screen of a 360 × 740 phone (the page opens at that size).
      const bottom = await page.locator('main h1').first().evaluate((h) => h.getBoundingClientRect().bottom + window.scrollY);
      if (bottom > PHONE.height) problems.push(`${label}: h1 ends at ${Math.round(bottom)} px, below the first screen of a phone`);
      await axe.check(page, label);
    },
    /** Only the English, for a form's error state: its components are axe-checked in English and Spanish (portal-a11y), only the words differ here. */
    async noEnglish(page, label) {
      const leaked = english.in(await page.locator('body').innerText());
      if (leaked.length) problems.push(`${label}: English on screen: ${leaked.map((t) => `“${t}”`).join(', ')}`);
    },
    get problems() { return [...problems, ...axe.problems]; },
    get checked() { return axe.scanned; },
  };
}

/** The pages of one language, checked as the header says. */
export function describeLanguage(lang) {
  const prefix = `/${lang}`;
  describe(`every page in ${lang}`, () => {
    let server;
    let chrome;
    before(async () => { server = await startServer({ demo: true }); chrome = await startBrowser(); });
    after(async () => { await chrome?.stop(); await server?.stop(); });

    it(`every public page in ${lang}: its lang before any script, axe-clean at both sizes, no English`, async () => {
      const paths = [...publicPaths(prefix), ...outcomePaths(lang, prefix)];
      assert.ok(paths.length > 40, `${paths.length} pages in ${lang}`);
      const checks = pageChecks(englishOf(lang));
      const { page, context, errors } = await openPage(chrome.browser, PHONE);
      try {
        for (const path of paths) {
          // The HTML as served, before any wasm runs.
          const served = await (await fetch(server.url + path)).text();
          assert.match(served, new RegExp(`<html lang="${lang}">`), path);
          assert.match(served, /class="notice notice--translation/, `${path}: says it is not reviewed yet`);
          await visitApp(page, server.url + path);
          await checks.check(page, path);
        }
      } finally {
        await context.close();
      }
      assert.equal(checks.checked, paths.length);
      assert.deepEqual(checks.problems, []);
      assert.deepEqual(unexpectedConsole(errors), []);
    });

    it(`every signed-in portal page of each role in ${lang}: axe-clean at both sizes, no English, also in a form's errors`, async () => {
      const roles = await signedInPages(server.url);
      const checks = pageChecks(englishOf(lang));
      let errorStates = 0;
      const { page, context, errors } = await openPage(chrome.browser, PHONE);
      try {
        for (const [who, paths] of roles) {
          await signIn(page, server.url, who, { prefix });
          for (const path of paths) {
            await visitApp(page, server.url + prefix + path);
            assert.equal(await page.getAttribute('html', 'lang'), lang, path);
            await checks.check(page, `${who.name} ${prefix}${path}`, { loads: true });
            // A form sent as it opens: one that starts empty shows its errors (the summary and
            // each field's message, from the catalogue and the validation the server shares).
            // (A form of the portal's form flow: a search or filter form is a GET form.)
            const submit = page.locator('main form:not([method]) button[type=submit]');
            if (await submit.count() === 1 && !new URL(page.url()).searchParams.has('step')) {
              await submit.click();
              // Either its errors show, or it was complete and the next step opened.
              await page.waitForFunction(() => document.querySelector('.error-summary')
                || new URL(window.location.href).searchParams.has('step'));
              const summary = page.locator('.error-summary');
              if (await summary.count()) {
                errorStates += 1;
                await checks.noEnglish(page, `${who.name} ${prefix}${path}, its errors`);
              }
            }
          }
        }
      } finally {
        await context.close();
      }
      assert.ok(errorStates >= 3, `${errorStates} forms showed their errors`);
      assert.deepEqual(checks.problems, []);
      assert.deepEqual(unexpectedConsole(errors), []);
    });
  });
}
