// Guides: the list and every guide, in both languages at 320 px and 1280 px, axe-clean,
// with a checklist people can tick and a "last checked" date.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWPORTS, axeOncePerPage, openPage, startBrowser, startServer, visit } from './harness.mjs';

const guides = (lang) => JSON.parse(readFileSync(join(process.env.DIST_DIR, 'content', lang, 'guides.json'), 'utf8'));

describe('guides', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer(); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const [lang, prefix, checked] of [['en', '', 'Last checked:'], ['es', '/es', 'Revisado por última vez:']]) {
    // One walk, each page checked at 320 px and 1280 px.
    it(`every guide in ${lang} at both sizes`, async () => {
      const { page, context, errors } = await openPage(chrome.browser, VIEWPORTS[0]);
      const axe = axeOncePerPage({ bothSizes: true });
      try {
        await visit(page, `${server.url}${prefix}/guides`);
        await axe.check(page, lang);
        const list = guides(lang);
        for (const guide of list) {
          // Reached by clicking, as a person would, from the list.
          await visit(page, `${server.url}${prefix}/guides`);
          await page.getByRole('link', { name: guide.title, exact: true }).click();
          await page.locator('main h1', { hasText: guide.title }).waitFor();
          assert.match(await page.locator('main').innerText(), new RegExp(checked));
          const boxes = page.locator('.guide .checklist input[type=checkbox]');
          assert.ok(await boxes.count() > 0, `${guide.slug} has a checklist`);
          await boxes.first().check();
          assert.equal(await boxes.first().isChecked(), true);
          await axe.check(page, lang);
        }
        assert.equal(axe.scanned, list.length + 1);
        assert.deepEqual(axe.problems, []);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it('links to the official hosts only, and prints without navigation', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1]);
    try {
      await visit(page, `${server.url}/guides/sevp-portal`);
      const external = await page.locator('.guide a[href^="http"]').evaluateAll((links) => links.map((a) => new URL(a.href).host));
      assert.ok(external.length > 0);
      for (const host of external) assert.ok(host.endsWith('.gov') || host === 'www.fmjfee.com', host);
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.nav').isVisible(), false);
      assert.equal(await page.locator('.guide').isVisible(), true);
    } finally {
      await context.close();
    }
  });
});
