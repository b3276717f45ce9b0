// The tools give the domain crate's worked examples, show GOV.UK errors, and are
// axe-clean in both languages at both sizes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  VIEWPORTS, appStarted, axeOncePerPage, axeViolations, chooseLanguage, openPage, startBrowser, startServer, visit,
  visitApp,
} from './harness.mjs';

const TOOLS = ['/tools', '/tools/identify', '/tools/opt-unemployment', '/tools/deadlines', '/tools/check-link'];

async function fillDate(page, name, [day, month, year]) {
  await page.locator(`#${name}-day`).fill(day);
  await page.locator(`#${name}-month`).fill(month);
  await page.locator(`#${name}-year`).fill(year);
}

/** The day, month and year in a date's three boxes. */
function dateOf(page, name) {
  return Promise.all(['day', 'month', 'year'].map((part) => page.locator(`#${name}-${part}`).inputValue()));
}

/** Reloads the page and waits for the app to have drawn it again. */
async function reloadApp(page) {
  await page.reload();
  await appStarted(page);
}

describe('tools', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer(); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  it('every tool page, empty and with errors, is axe-clean in both languages at both sizes', async () => {
    const axe = axeOncePerPage();
    for (const viewport of VIEWPORTS) {
      for (const prefix of ['', '/es']) {
        const { page, context } = await openPage(chrome.browser, viewport);
        try {
          for (const path of TOOLS) {
            await visit(page, server.url + prefix + path);
            await axe.check(page, `${prefix} ${viewport.name}`);
            const submit = page.locator('main button[type=submit]');
            if (await submit.count()) {
              await submit.click();
              await page.locator('.error-summary').waitFor();
              assert.match(await page.title(), /^Error: /);
              const violations = await axeViolations(page);
              assert.deepEqual(violations, [], `${prefix}${path} with errors`);
            }
          }
        } finally {
          await context.close();
        }
      }
    }
    assert.deepEqual(axe.problems, []);
  });

  it('What is this number? and the link checker give the domain answers', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await visit(page, `${server.url}/tools/identify`);
      await page.getByLabel('Number or code').fill('EAC-21-900-00001');
      await page.getByRole('button', { name: 'Check' }).click();
      assert.equal(await page.locator('.result-card h3').innerText(), 'USCIS receipt number');
      assert.match(await page.locator('.result-card').innerText(), /not use it: court case status needs your A-Number/);
      await page.getByLabel('Number or code').fill('12-3456789');
      await page.getByRole('button', { name: 'Check' }).click();
      assert.deepEqual(await page.locator('.result-card h3').allInnerTexts(), ['Employer Identification Number (EIN)', 'A-Number (Alien Registration Number)']);

      await visit(page, `${server.url}/tools/check-link`);
      await page.getByLabel('Web address or email sender').fill('uscis.org');
      await page.getByRole('button', { name: 'Check' }).click();
      assert.match(await page.locator('.panel--danger').innerText(), /wrong ending\. The real address is uscis\.gov/);
      await page.getByLabel('Web address or email sender').fill('do-not-reply.sevp@ice.dhs.gov');
      await page.getByRole('button', { name: 'Check' }).click();
      assert.match(await page.locator('.panel--success').innerText(), /SEVP Portal email/);
      // The official host over plain http: official but insecure, with the https address.
      await page.getByLabel('Web address or email sender').fill('http://sevp.ice.gov/opt');
      await page.getByRole('button', { name: 'Check' }).click();
      const insecure = await page.locator('.panel--warning').innerText();
      assert.match(insecure, /This is an official site, but the link is not secure/);
      assert.match(insecure, /SEVP Portal/);
      assert.match(insecure, /https:\/\/sevp\.ice\.gov\/opt/);
      assert.equal(await page.locator('.panel--danger').count(), 0);
      // A host naming two real sites gets the extra-words reason once.
      await page.getByLabel('Web address or email sender').fill('https://sevp.ice.gov.login.com');
      await page.getByRole('button', { name: 'Check' }).click();
      const extra = await page.locator('.panel--danger li').allInnerTexts();
      assert.deepEqual(extra.filter((r) => /extra words/.test(r)), ['It uses a real name with extra words around it. The real site is sevp.ice.gov.']);
      await page.getByLabel('Web address or email sender').fill('https://eservice.ice.gov');
      await page.getByRole('button', { name: 'Check' }).click();
      assert.match(await page.locator('.panel--warning').innerText(), /government address, but not a service we know/);
    } finally {
      await context.close();
    }
  });

  it('the deadline calculator counts EOIR-33 working days past Thanksgiving and offers a calendar file', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1]);
    try {
      await visit(page, `${server.url}/tools/deadlines`);
      await page.getByLabel('A reporting deadline after a change').check();
      await page.getByLabel('Form EOIR-33: new address to the immigration court').check();
      await fillDate(page, 'first', ['23', '11', '2026']);
      await page.getByRole('button', { name: 'Calculate' }).click();
      const panel = await page.locator('main').innerText();
      assert.match(panel, /Due by: Tuesday 1 December 2026/);
      assert.match(panel, /26 November 2026 \(Thanksgiving Day\)/);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Add to calendar (.ics)' }).click();
      const file = readFileSync(await (await download).path(), 'utf8');
      assert.match(file, /DTSTART;VALUE=DATE:20261201/);

      // An impossible date is reported GOV.UK style.
      await fillDate(page, 'first', ['30', '2', '2026']);
      await page.getByRole('button', { name: 'Calculate' }).click();
      assert.equal(await page.locator('.error-summary__list a').innerText(), 'Date of the change must be a real date');
    } finally {
      await context.close();
    }
  });

  it('keeps what was entered across a reload and a change of language, in every tool', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1]);
    try {
      await visitApp(page, `${server.url}/tools/deadlines`);
      await page.getByLabel('A reporting deadline after a change').check();
      await page.getByLabel('Form EOIR-33: new address to the immigration court').check();
      await fillDate(page, 'first', ['23', '11', '2026']);
      await reloadApp(page);
      assert.equal(await page.getByLabel('Form EOIR-33: new address to the immigration court').isChecked(), true);
      assert.deepEqual(await dateOf(page, 'first'), ['23', '11', '2026']);
      await chooseLanguage(page, 'Español');
      await page.waitForURL(/\/es\/tools\/deadlines$/);
      await page.locator('#first-day').waitFor();
      assert.deepEqual(await dateOf(page, 'first'), ['23', '11', '2026']);
      await page.getByRole('button', { name: 'Calcular' }).click();
      assert.match(await page.locator('main').innerText(), /1 de diciembre de 2026/);

      await visitApp(page, `${server.url}/tools/opt-unemployment`);
      await page.getByLabel('F-1 post-completion OPT (90 days)').check();
      await fillDate(page, 'ead-start', ['1', '6', '2026']);
      await fillDate(page, 'job-1-start', ['15', '6', '2026']);
      await page.getByRole('button', { name: 'Add a job' }).click();
      await fillDate(page, 'job-2-start', ['1', '10', '2026']);
      await page.getByLabel('Fewer than 20 hours a week').nth(1).check();
      await reloadApp(page);
      assert.equal(await page.getByLabel('F-1 post-completion OPT (90 days)').isChecked(), true);
      assert.deepEqual(await dateOf(page, 'ead-start'), ['1', '6', '2026']);
      assert.deepEqual(await dateOf(page, 'job-1-start'), ['15', '6', '2026']);
      assert.deepEqual(await dateOf(page, 'job-2-start'), ['1', '10', '2026']);
      assert.equal(await page.getByLabel('Fewer than 20 hours a week').nth(1).isChecked(), true);

      for (const [tool, field, text] of [['identify', 'number', 'A123456789'], ['check-link', 'link', 'https://eservice.ice.gov/']]) {
        await visitApp(page, `${server.url}/tools/${tool}`);
        await page.locator(`#${field}`).fill(text);
        await reloadApp(page);
        assert.equal(await page.locator(`#${field}`).inputValue(), text, tool);
      }
    } finally {
      await context.close();
    }
  });

  it('the unemployment calculator gives the worked example: 44 of 90 days used', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await page.clock.setFixedTime(new Date('2026-11-01T12:00:00'));
      await visit(page, `${server.url}/tools/opt-unemployment`);
      await page.getByLabel('F-1 post-completion OPT (90 days)').check();
      await fillDate(page, 'ead-start', ['1', '6', '2026']);
      await fillDate(page, 'job-1-start', ['15', '6', '2026']);
      await fillDate(page, 'job-1-end', ['31', '8', '2026']);
      await page.getByRole('button', { name: 'Add a job' }).click();
      await fillDate(page, 'job-2-start', ['1', '10', '2026']);
      await page.getByRole('button', { name: 'Calculate' }).click();
      const result = await page.locator('main').innerText();
      assert.match(result, /44 days used of 90/);
      assert.match(result, /46 days left/);
      assert.match(result, /1 September 2026 – 30 September 2026 \(30 days\)/);
    } finally {
      await context.close();
    }
  });

  it('the unemployment calculator answers someone who has never had a job', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[0]);
    try {
      await page.clock.setFixedTime(new Date('2026-06-08T12:00:00'));
      await visit(page, `${server.url}/tools/opt-unemployment`);
      await page.getByLabel('F-1 post-completion OPT (90 days)').check();
      // The app has drawn the form: the page says which days are counted.
      assert.match(await page.locator('main').innerText(), /from your EAD start date to today, both days included/);
      await fillDate(page, 'ead-start', ['10', '5', '2026']);
      // The job's dates are left empty.
      await page.getByRole('button', { name: 'Calculate' }).click();
      const result = await page.locator('main').innerText();
      assert.equal(await page.locator('.error-summary').count(), 0);
      assert.match(result, /30 days used of 90/);
      assert.match(result, /60 days left/);
      assert.match(result, /Counted from 10 May 2026 to today, 8 June 2026, both days included/);
    } finally {
      await context.close();
    }
  });
});
