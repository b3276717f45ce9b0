// The situation suite (tests/situations/situations.json, issue 13), a sample of it clicked
// in Chromium as a visitor would, in English and Spanish: from the start page, each
// question is answered as the situation says, until its outcome. The whole suite runs
// natively against the routing table (`crates/domain/src/routing/situations.rs`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { VIEWPORTS, findWording, openPage, startBrowser, startServer, visit } from './harness.mjs';

const SUITE = JSON.parse(readFileSync(new URL('../situations/situations.json', import.meta.url)));
// Every sixth situation, a different sixth per language, so the sample covers all kinds.
const LANGS = [
  { lang: 'en', prefix: '', start: 'Start now', continue: 'Continue', offset: 0 },
  { lang: 'es', prefix: '/es', start: 'Empezar', continue: 'Continuar', offset: 3 },
];
const EVERY = 6;

describe('situations, clicked', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer(); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const language of LANGS) {
    const wording = findWording(language.lang);
    const sample = SUITE.filter((_, i) => i % EVERY === language.offset);
    it(`${sample.length} situations end at their outcome in ${language.lang}`, async () => {
      const { page, context, errors } = await openPage(chrome.browser, VIEWPORTS[0]);
      try {
        for (const situation of sample) {
          await visit(page, `${server.url}${language.prefix}/find`);
          await page.getByRole('button', { name: language.start }).click();
          // Answer whatever question is on screen, as the situation says, until the outcome.
          for (let asked = 0; ; asked += 1) {
            assert.ok(asked <= Object.keys(situation.answers).length, `${situation.said}: asked too much`);
            await page.locator('main h1').waitFor();
            if (/\/find\/result\?/.test(page.url())) break;
            // Several questions share a title ("What do you need to do?"): the address names it.
            const key = new URL(page.url()).pathname.split('/').pop();
            const question = wording.questions.find((q) => q.key === key);
            assert.ok(question, `${situation.said}: unexpected page ${page.url()}`);
            assert.equal(await page.locator('main h1').innerText(), question.title);
            const id = situation.answers[question.key];
            assert.ok(id, `${situation.said}: asked ${question.key}, which it does not answer`);
            await page.getByLabel(question.answers.find((a) => a.id === id).label, { exact: true }).check();
            await page.getByRole('button', { name: language.continue }).click();
            await page.waitForURL((url) => !url.pathname.endsWith(`/${question.key}`));
          }
          const outcome = wording.outcomes.find((o) => o.id === situation.outcome);
          assert.equal(await page.locator('main h1').innerText(), outcome.title, situation.said);
          const main = await page.locator('main').innerText();
          assert.ok(main.includes(outcome.answer), `${situation.said}: the answer comes first`);
          if (language.lang === 'en') {
            for (const mention of situation.mentions) {
              assert.ok(main.toLowerCase().includes(mention.toLowerCase()), `${situation.said}: ${mention}`);
            }
          }
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
