// Nothing a person typed is ever lost, and nothing is stored twice: the answer lost after the
// server stored it, a 500, the server stopped, a slow answer (with a second press and a page
// change), a session that ends mid-form, a reload mid-form. Each ends with exactly one stored
// change, counted through the API as the school official sees it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, chooseLanguage, openPage, startBrowser, startServer } from './harness.mjs';
import { DSO, REFERENCE, STUDENT, apiAs, fillSignIn, proceed, signIn, unexpectedConsole } from './portal.mjs';

const CONTACT_API = '**/api/student/contact';

describe('portal: faults lose nothing and store once', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer({ demo: true }); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  /** How many contact changes of the student the DSO has to bring into SEVIS. */
  async function storedChanges() {
    const dso = await apiAs(server.url, DSO);
    const items = await dso.get('/dso/items-due');
    return items.filter((i) => i.student_name === STUDENT.name && i.change === 'contact').length;
  }

  /** Signs in as the student and fills the contact form up to "Check your answers". */
  async function fillToCheck(page, line1) {
    await signIn(page, server.url, STUDENT);
    await page.goto(`${server.url}/student/contact`);
    await page.locator('#address-line1').fill(line1);
    await proceed(page, 'phone');
    await proceed(page, 'check');
  }

  async function sendAndExpectFailure(page, message) {
    await page.getByRole('button', { name: 'Save address and phone' }).click();
    const alert = page.locator('.notification--error');
    await alert.waitFor();
    assert.match(await alert.innerText(), message);
    assert.match(await alert.innerText(), /saved on this device/);
    assert.match(await page.locator('.summary-list').innerText(), /./, 'the answers are still on screen');
  }

  async function tryAgainAndConfirm(page) {
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForURL(/step=done/);
    assert.match(await page.locator('.reference').innerText(), REFERENCE);
  }

  it('the answer is lost after the server stored it: Try again sends the same key and stores once', async () => {
    const before = await storedChanges();
    const { page, context, errors } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await fillToCheck(page, '1 Dropped Line Rd');
      const keys = [];
      await page.route(CONTACT_API, async (route) => {
        keys.push(route.request().headers()['idempotency-key']);
        if (keys.length === 1) {
          await route.fetch(); // the server stores it…
          await route.abort('connectionreset'); // …and the answer never arrives
        } else {
          await route.continue();
        }
      });
      await sendAndExpectFailure(page, /could not reach the portal/);
      await tryAgainAndConfirm(page);
      assert.equal(keys.length, 2);
      assert.equal(keys[0], keys[1], 'the retry reuses the Idempotency-Key');
      assert.ok(keys[0].length >= 8);
      assert.equal(await storedChanges(), before + 1);
      assert.deepEqual(unexpectedConsole(errors).filter((e) => !/ERR_CONNECTION_RESET/.test(e)), []);
    } finally {
      await context.close();
    }
  });

  it('a 500 after the server stored it: Try again stores once', async () => {
    const before = await storedChanges();
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1]);
    try {
      await fillToCheck(page, '2 Server Error Ave');
      let calls = 0;
      await page.route(CONTACT_API, async (route) => {
        calls += 1;
        if (calls === 1) {
          await route.fetch();
          await route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"internal","message":"Something went wrong."}' });
        } else {
          await route.continue();
        }
      });
      await sendAndExpectFailure(page, /had a problem/);
      await tryAgainAndConfirm(page);
      assert.equal(await storedChanges(), before + 1);
    } finally {
      await context.close();
    }
  });

  it('the server stops during submit; once it is back, Try again stores once', async () => {
    const before = await storedChanges();
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await fillToCheck(page, '3 Outage Ct');
      await server.halt();
      await sendAndExpectFailure(page, /could not reach the portal/);
      await server.restart();
      await tryAgainAndConfirm(page);
      assert.match(await page.locator('main').innerText(), /3 Outage Ct/);
      assert.equal(await storedChanges(), before + 1);
    } finally {
      await context.close();
    }
  });

  it('a slow answer: the button says so, a second press sends nothing more, and leaving the page cancels the request', async () => {
    const before = await storedChanges();
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await fillToCheck(page, '4 Slow Lane');
      // Leaving while the answer is on its way cancels the request; the draft stays.
      const failed = [];
      page.on('requestfailed', (request) => { if (request.url().endsWith('/api/student/contact')) failed.push(request.failure().errorText); });
      await page.route(CONTACT_API, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue().catch(() => {});
      });
      await page.getByRole('button', { name: 'Save address and phone' }).click();
      await page.getByRole('link', { name: 'Back' }).click();
      await page.waitForURL(/step=phone/);
      await page.waitForTimeout(2000);
      assert.deepEqual(failed, ['net::ERR_ABORTED']);
      assert.equal(await storedChanges(), before, 'the cancelled request stored nothing');

      await page.unroute(CONTACT_API);
      let calls = 0;
      await page.route(CONTACT_API, async (route) => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await proceed(page, 'check');
      const send = page.locator('#submit');
      await send.click();
      assert.equal(await send.innerText(), 'Sending…');
      await send.click();
      await page.waitForURL(/step=done/);
      assert.equal(calls, 1, 'the second press sent nothing');
      assert.equal(await storedChanges(), before + 1);
    } finally {
      await context.close();
    }
  });

  it('the session ends mid-form: signing in again lands back on the form with every answer, sent once', async () => {
    const before = await storedChanges();
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await signIn(page, server.url, STUDENT);
      await page.goto(`${server.url}/student/contact`);
      await page.locator('#address-line1').fill('5 Expired Session St');
      await proceed(page, 'phone');
      await page.locator('#phone').fill('617 555 0177');
      await context.clearCookies();
      await proceed(page, 'check');
      await page.getByRole('button', { name: 'Save address and phone' }).click();
      await page.locator('main h1', { hasText: 'You have been signed out' }).waitFor();
      await page.getByRole('link', { name: 'Sign in again' }).click();
      await page.locator('#method').waitFor();
      await fillSignIn(page, STUDENT);
      await page.waitForURL(/\/student\/contact\?step=check/);
      const answers = await page.locator('.summary-list').innerText();
      assert.match(answers, /5 Expired Session St/);
      assert.match(answers, /617 555 0177/);
      await page.getByRole('button', { name: 'Save address and phone' }).click();
      await page.waitForURL(/step=done/);
      assert.equal(await storedChanges(), before + 1);
    } finally {
      await context.close();
    }
  });

  it('a reload or a change of language mid-form keeps every answer; "Clear my data" removes them', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await signIn(page, server.url, STUDENT);
      await page.goto(`${server.url}/student/contact`);
      await page.locator('#address-line1').fill('6 Reload Rd');
      await page.locator('#address-line2').fill('Apt 7');
      await page.reload();
      await page.locator('#address-line1').waitFor();
      assert.equal(await page.locator('#address-line1').inputValue(), '6 Reload Rd');
      assert.equal(await page.locator('#address-line2').inputValue(), 'Apt 7');
      await proceed(page, 'phone');
      await page.locator('#phone').fill('617 555 0123');
      await chooseLanguage(page, 'Español');
      await page.locator('main h1', { hasText: '¿Cuál es el número de teléfono?' }).waitFor();
      assert.equal(await page.locator('#phone').inputValue(), '617 555 0123');
      await page.getByRole('button', { name: 'Borrar mis datos de este dispositivo' }).click();
      // It asks first (issue 14).
      await page.getByRole('button', { name: 'Sí, borrar mis datos' }).click();
      await page.waitForURL(/\/es\/sign-in/);
      await page.locator('[role=status]', { hasText: 'Se borraron de este dispositivo' }).waitFor();
      await fillSignIn(page, STUDENT);
      await page.waitForURL(/\/es\/student$/);
      await page.goto(`${server.url}/student/contact`);
      await page.locator('#address-line1').waitFor();
      assert.notEqual(await page.locator('#address-line1').inputValue(), '6 Reload Rd', 'the draft is gone');
    } finally {
      await context.close();
    }
  });
});
