// The warning before a session ends keeps the work. The idle limit of a person under
// supervision is 15 minutes; instead of waiting, the test moves the server's clock forward
// (demo mode, as ICE staff: POST /api/demo/clock) and reloads, so the app learns the new time from the
// server as it would after any long pause. (Playwright's fake browser clock is not used:
// its timer ids do not fit the 32 bits web-sys gives them, so clearInterval misses.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, openPage, startBrowser, startServer } from './harness.mjs';
import { OFFICER, SUPERVISED, apiAs, fillDate, proceed, signIn, unexpectedConsole } from './portal.mjs';

describe('portal: the warning before the session ends', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer({ demo: true }); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  // Only ICE staff may move the demo clock.
  async function serverTimePasses(seconds) {
    await (await apiAs(server.url, OFFICER)).post('/demo/clock', { advance_seconds: seconds });
  }

  it('warns before the end; "Stay signed in" keeps the session and every answer', async () => {
    const { page, context, errors } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await signIn(page, server.url, SUPERVISED);
      await page.getByRole('link', { name: 'Report a change of address' }).click();
      await page.locator('#address-line1').fill('12 Warning Way');
      await page.locator('#address-city').fill('Newark');
      await page.locator('#address-state').fill('NJ');
      await page.locator('#address-zip').fill('07102');
      const warning = page.locator('.notification--warning', { hasText: 'You will be signed out soon' });

      // 13.5 of the 15 minutes pass. The app checks every 10 seconds; it asks the server once
      // more (activity in another tab may have moved the end), then warns.
      await serverTimePasses(810);
      await page.reload();
      await warning.waitFor({ timeout: 40_000 });
      assert.match(await warning.innerText(), /2 minutes/);
      assert.equal(await page.locator('#address-line1').inputValue(), '12 Warning Way');

      await warning.getByRole('button', { name: 'Stay signed in' }).click();
      await warning.waitFor({ state: 'detached' });

      // Another 13.5 minutes: without "Stay signed in" the session would have ended by now.
      await serverTimePasses(810);
      await proceed(page, 'moved');
      await fillDate(page, 'moved-on', ['2', '11', '2026']);
      await proceed(page, 'court');
      await page.locator('#court-case-2').check();
      await proceed(page, 'check');
      await page.getByRole('button', { name: 'Send address change' }).click();
      await page.waitForURL(/step=done/);
      await page.locator('main h1', { hasText: 'Your new address is recorded here only' }).waitFor();
      assert.deepEqual(unexpectedConsole(errors), []);
    } finally {
      await context.close();
    }
  });
});
