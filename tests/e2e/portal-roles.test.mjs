// Each role's main task through the portal pages, against the real server in demo mode:
// sign in → fill → errors for bad input → fix → check answers → send → confirmation → the
// change visible where the other side looks.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, openPage, startBrowser, startServer } from './harness.mjs';
import {
  DSO, OFFICER, REFERENCE, STEM_STUDENT, STUDENT, SUPERVISED, apiAs, errorSummary, fillDate,
  proceed, signIn, unexpectedConsole,
} from './portal.mjs';

const [PHONE, DESK] = VIEWPORTS;

describe('portal: each role does its main task', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer({ demo: true }); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  it('a student changes address and phone on a phone; the DSO sees it due in SEVIS', async () => {
    const { page, context, errors } = await openPage(chrome.browser, PHONE);
    let reference;
    try {
      await signIn(page, server.url, STUDENT);
      assert.equal(new URL(page.url()).pathname, '/student');
      await page.getByRole('link', { name: 'Update address and phone' }).click();
      await page.locator('main h1', { hasText: 'What is the new U.S. address?' }).waitFor();
      await page.locator('#address-line1').fill('');
      await page.locator('#address-zip').fill('0211');
      await page.locator('main form button[type=submit]').click();
      const messages = await errorSummary(page);
      assert.equal(messages.length, 2);
      assert.match(messages[0], /address line 1/i);
      assert.match(await page.locator('#address-zip-error').innerText(), /ZIP/);
      await page.locator('#address-line1').fill('55 Harbor Rd');
      await page.locator('#address-zip').fill('02116');
      await proceed(page, 'phone');
      assert.equal(await page.locator('#phone').inputValue(), '(617) 555-0142', 'the phone on record is offered');
      await page.locator('#phone').fill('617 555 0199');
      await proceed(page, 'check');
      const answers = await page.locator('.summary-list').innerText();
      assert.match(answers, /55 Harbor Rd/);
      assert.match(answers, /617 555 0199/);
      await page.getByRole('button', { name: 'Save address and phone' }).click();
      await page.waitForURL(/step=done/);
      assert.equal(await page.locator('main h1').innerText(), 'Address and phone saved');
      reference = await page.locator('.reference').innerText();
      assert.match(reference, REFERENCE);
      assert.deepEqual(unexpectedConsole(errors), []);
    } finally {
      await context.close();
    }

    const desk = await openPage(chrome.browser, DESK);
    try {
      await signIn(desk.page, server.url, DSO);
      await desk.page.getByRole('link', { name: 'Items due' }).click();
      const item = desk.page.locator('.task-list__item', { hasText: reference });
      await item.waitFor();
      assert.match(await item.innerText(), /Address and phone: Ana Lopez/);
      await item.getByRole('link', { name: /Ana Lopez/ }).click();
      await desk.page.locator('main h1', { hasText: 'Ana Lopez' }).waitFor();
      assert.match(await desk.page.locator('main').innerText(), /55 Harbor Rd, Boston, MA 02116/);
      assert.deepEqual(unexpectedConsole(desk.errors), []);
    } finally {
      await desk.context.close();
    }
  });

  it('a DSO adds an employer at a desk; the officer sees it in the audit log', async () => {
    const { page, context, errors } = await openPage(chrome.browser, DESK);
    try {
      await signIn(page, server.url, DSO);
      await page.locator('#q').fill('Zhang');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/q=Zhang/);
      await page.getByRole('link', { name: 'Wei Zhang' }).click();
      await page.locator('main h1', { hasText: 'Wei Zhang' }).waitFor();
      await page.getByRole('link', { name: 'Add an employer' }).click();
      await page.locator('main h1', { hasText: 'Add an employer' }).waitFor();
      await page.locator('main form button[type=submit]').click();
      const messages = await errorSummary(page);
      assert.ok(messages.length >= 8, `every missing answer is listed (${messages.length})`);
      await page.locator('#employer-name').fill('Northwind Robotics');
      await page.locator('#address-line1').fill('1 Main St');
      await page.locator('#address-city').fill('Cambridge');
      await page.locator('#address-state').fill('MA');
      await page.locator('#address-zip').fill('02139');
      await page.locator('#job-title').fill('Data engineer');
      await page.locator('#hours').check();
      await fillDate(page, 'start-date', ['1', '12', '2026']);
      await page.locator('#relation-to-study').fill('Builds data pipelines, the subject of the degree.');
      await page.locator('#supervisor-name').fill('Sam Rivera');
      await page.locator('#supervisor-phone').fill('617 555 0111');
      await page.locator('#supervisor-email').fill('sam.rivera@northwind.example');
      await proceed(page, 'check');
      await page.getByRole('button', { name: 'Add employer' }).click();
      await page.waitForURL(/step=done/);
      await page.locator('main h1', { hasText: 'Employer added' }).waitFor();
      assert.match(await page.locator('.reference').innerText(), REFERENCE);
      await page.getByRole('link', { name: 'Back to your pages' }).click();
      await page.locator('main h1', { hasText: 'Wei Zhang' }).waitFor();
      assert.match(await page.locator('main').innerText(), /Northwind Robotics/);
      assert.deepEqual(unexpectedConsole(errors), []);
    } finally {
      await context.close();
    }

    const office = await openPage(chrome.browser, DESK);
    try {
      await signIn(office.page, server.url, OFFICER);
      await office.page.locator('#action').selectOption('add_employment');
      await office.page.getByRole('button', { name: 'Apply filters' }).click();
      await office.page.waitForURL(/action=add_employment/);
      // The filtered list replaces the whole log once it arrives: wait for its entry.
      const entry = office.page.locator('.audit-log .card', { hasText: 'Added employer' }).filter({ hasText: 'Morgan Patel' }).first();
      await entry.waitFor();
      const text = await entry.innerText();
      assert.match(text, /Wei Zhang \(N•••••\d{4}\)/);
      assert.match(text, /Success/);
      assert.doesNotMatch(text, /N\d{10}/, 'no full SEVIS ID in the log');
      assert.deepEqual(unexpectedConsole(office.errors), []);
    } finally {
      await office.context.close();
    }
  });

  it('a person under supervision reports a move with the court and USCIS follow-ups, then books, moves and cancels a check-in', async () => {
    const { page, context, errors } = await openPage(chrome.browser, PHONE);
    try {
      await signIn(page, server.url, SUPERVISED);
      assert.equal(new URL(page.url()).pathname, '/reporting');
      await page.getByRole('link', { name: 'Report a change of address' }).click();
      await page.locator('#address-line1').fill('9 Elm St');
      await page.locator('#address-city').fill('Newark');
      await page.locator('#address-state').fill('ZZ');
      await page.locator('#address-zip').fill('07102');
      await page.locator('main form button[type=submit]').click();
      assert.match((await errorSummary(page)).join(' '), /state/i);
      await page.locator('#address-state').fill('NJ');
      await proceed(page, 'moved');
      await fillDate(page, 'moved-on', ['2', '11', '2026']);
      await proceed(page, 'court');
      await page.locator('main form button[type=submit]').click();
      assert.match((await errorSummary(page)).join(' '), /immigration court/);
      await page.locator('#court-case').check();
      await proceed(page, 'check');
      await page.getByRole('button', { name: 'Send address change' }).click();
      await page.waitForURL(/step=done/);
      await page.locator('main h1', { hasText: 'Your new address is recorded here only: ICE has not been told' }).waitFor();
      const done = await page.locator('main').innerText();
      assert.match(done, /You must still tell ICE yourself/);
      assert.match(done, /EOIR-33/);
      assert.match(done, /AR-11/);
      const links = await page.locator('main li a').evaluateAll((as) => as.map((a) => new URL(a.href).host));
      for (const host of ['onlinechangeofaddress.ice.gov', 'respondentaccess.eoir.justice.gov', 'www.uscis.gov']) {
        assert.ok(links.includes(host), `links to ${host}`);
      }

      await page.getByRole('link', { name: 'Back to your pages' }).click();
      await page.getByRole('link', { name: 'Book a check-in' }).click();
      await page.locator('main h1', { hasText: 'Choose a check-in time' }).waitFor();
      await page.locator('main form button[type=submit]').click();
      assert.match((await errorSummary(page)).join(' '), /Select a date and time/);
      const first = await page.locator('label[for=slot-id]').innerText();
      await page.locator('#slot-id').check();
      await proceed(page, 'check');
      await page.getByRole('button', { name: 'Book check-in' }).click();
      await page.waitForURL(/step=done/);
      assert.equal(await page.locator('main h1').innerText(), 'Check-in booked');
      assert.match(await page.locator('main').innerText(), new RegExp(first.replace(/[()]/g, '.')));

      await page.getByRole('link', { name: 'Back to your pages' }).click();
      await page.getByRole('link', { name: /^Change time/ }).click();
      await page.locator('#slot-id-2').check();
      const second = await page.locator('label[for=slot-id-2]').innerText();
      await proceed(page, 'check');
      await page.getByRole('button', { name: 'Move check-in' }).click();
      await page.waitForURL(/step=done/);
      assert.equal(await page.locator('main h1').innerText(), 'Check-in moved');

      await page.getByRole('link', { name: 'Back to your pages' }).click();
      await page.locator('.card', { hasText: second }).waitFor();
      await page.getByRole('link', { name: /^Cancel/ }).click();
      await page.locator('main h1', { hasText: 'Cancel this check-in?' }).waitFor();
      await page.getByRole('button', { name: 'Cancel check-in' }).click();
      await page.waitForURL(/step=done/);
      assert.equal(await page.locator('main h1').innerText(), 'Check-in cancelled');
      assert.deepEqual(unexpectedConsole(errors), []);
    } finally {
      await context.close();
    }
    const officer = await apiAs(server.url, OFFICER);
    const log = await officer.get('/officer/audit?actor=Jean');
    const actions = log.items.filter((e) => e.outcome === 'success').map((e) => e.action);
    for (const action of ['change_address', 'book_check_in', 'reschedule_check_in', 'cancel_check_in']) {
      assert.ok(actions.includes(action), `${action} is in the audit log`);
    }
  });

  it('a STEM OPT student is sent to the DSO instead of adding an employer, and cannot move a start date', async () => {
    const { page, context, errors } = await openPage(chrome.browser, PHONE);
    try {
      await signIn(page, server.url, STEM_STUDENT);
      // The record comes after the heading: wait for it rather than read too early.
      await page.getByText(/On STEM OPT you cannot add a new employer/).first().waitFor();
      assert.equal(await page.getByRole('link', { name: 'Add an employer' }).count(), 0);
      await page.goto(`${server.url}/student/employment/new`);
      await page.locator('main h1', { hasText: 'Add an employer' }).waitFor();
      assert.equal(await page.locator('main form').count(), 0, 'no form to fill');
      await page.goto(`${server.url}/student`);
      await page.getByRole('link', { name: /^Edit/ }).first().click();
      await page.locator('#employer-name').waitFor();
      await proceed(page, 'job');
      await page.locator('#start-date-year').fill('2024');
      await page.locator('main form button[type=submit]').click();
      assert.match((await errorSummary(page)).join(' '), /Contact your DSO/);
      assert.deepEqual(unexpectedConsole(errors), []);
    } finally {
      await context.close();
    }
  });

  it('a student sets up the account from the invitation link and is signed in', async () => {
    const outbox = await (await apiAs(server.url, OFFICER)).get('/demo/outbox');
    const link = outbox.find((m) => m.recipient === 'priya.raman@student.example').body.match(/\/activate\?token=\w+/)[0];
    const { page, context, errors } = await openPage(chrome.browser, PHONE);
    try {
      await page.goto(server.url + link);
      await page.locator('main h1', { hasText: 'Set up your Portal account' }).waitFor();
      await page.locator('#password').fill('correct horse battery staple');
      await page.locator('#confirm-password').fill('correct horse battery stapler');
      await page.locator('main form button[type=submit]').click();
      assert.match((await errorSummary(page)).join(' '), /match/i);
      await page.locator('#confirm-password').fill('correct horse battery staple');
      await page.locator('main form button[type=submit]').click();
      await page.waitForURL((u) => new URL(u).pathname === '/student');
      await page.locator('main h1', { hasText: 'Your OPT record' }).waitFor();
      assert.match(await page.locator('.account-bar').innerText(), /Priya Raman/);
      assert.deepEqual(unexpectedConsole(errors), []);
    } finally {
      await context.close();
    }
  });
});
