// Every portal page — each form empty, with errors and confirmed — has no axe-core
// violation and no horizontal scroll, in English and Spanish, at 320 px and 1280 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, axeViolations, hasHorizontalScroll, openPage, startBrowser, startServer } from './harness.mjs';
import { DSO, OFFICER, STUDENT, SUPERVISED, apiAs, fillDate, signIn, unexpectedConsole } from './portal.mjs';

describe('portal: accessible at both sizes in both languages', () => {
  let server;
  let chrome;
  let ids;
  before(async () => {
    server = await startServer({ demo: true });
    chrome = await startBrowser();
    const dso = await apiAs(server.url, DSO);
    const students = (await dso.get('/dso/students')).items;
    const byName = (name) => students.find((s) => s.name === name).id;
    const ana = await dso.get(`/dso/students/${byName('Ana Lopez')}`);
    ids = {
      ana: ana.id,
      job: ana.employment.find((j) => !j.employment.end).id,
      invited: byName('Priya Raman'),
      locked: byName('Omar Haddad'),
    };
  });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const [prefix, lang] of [['', 'en'], ['/es', 'es']]) {
    it(`every page and form state in ${lang}`, async () => {
      const problems = [];
      const { page, context, errors } = await openPage(chrome.browser, VIEWPORTS[0]);
      let scanned = 0;
      /** Scans the page as it is now at each size. */
      const check = async (label) => {
        await page.locator('main h1').waitFor();
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          const violations = await axeViolations(page);
          if (violations.length) problems.push(`${label} at ${viewport.name}: ${violations.join('; ')}`);
          if (await hasHorizontalScroll(page)) problems.push(`${label} at ${viewport.name}: horizontal scroll`);
          scanned += 1;
        }
        await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
      };
      const open = async (path) => {
        await page.goto(server.url + prefix + path);
        await page.locator('main h1').waitFor();
        await page.waitForLoadState('networkidle');
        await check(path);
      };
      /** Empties the step's text boxes, presses its button and scans the errors. */
      const withErrors = async (path) => {
        // The boxes on screen: the sign-in page's boxes for a way not chosen are hidden.
        for (const box of await page.locator(['text', 'tel', 'email'].map((type) => `main form input[type=${type}]:visible`).concat('main form textarea:visible').join(', ')).all()) {
          await box.fill('');
        }
        await page.locator('main form button[type=submit]').click();
        await page.locator('.error-summary').waitFor();
        await check(`${path} with errors`);
      };
      const confirm = async (path) => {
        await page.locator('main form button[type=submit]').click();
        await page.waitForURL(/step=check/);
        await check(`${path} check`);
        await page.locator('main form button[type=submit]').click();
        await page.waitForURL(/step=done/);
        await check(`${path} confirmation`);
      };
      try {
        await open('/sign-in');
        await withErrors('/sign-in');
        await open(`/activate?token=x`);
        await withErrors('/activate');
        await open('/student');

        await signIn(page, server.url, STUDENT, { prefix });
        await check('/student');
        await open('/student/contact');
        await withErrors('/student/contact');
        await page.locator('#address-line1').fill(`${lang} 10 Test St`);
        await page.locator('#address-city').fill('Boston');
        await page.locator('#address-state').fill('MA');
        await page.locator('#address-zip').fill('02115');
        await page.locator('main form button[type=submit]').click();
        await page.waitForURL(/step=phone/);
        await check('/student/contact phone step');
        await page.locator('#phone').fill('617 555 0100');
        await confirm('/student/contact');
        await open('/student/employment/new');
        await withErrors('/student/employment/new');
        await open(`/student/employment/${ids.job}`);
        await open(`/student/employment/${ids.job}/end`);
        await withErrors(`/student/employment/${ids.job}/end`);
        await open('/dso');

        await signIn(page, server.url, DSO, { prefix });
        await check('/dso');
        await open(`/dso/students/${ids.ana}`);
        await open(`/dso/students/${ids.ana}/contact`);
        await withErrors(`/dso/students/${ids.ana}/contact`);
        await page.locator('#address-line1').fill(`${lang} 20 Desk Ave`);
        await page.locator('#address-city').fill('Boston');
        await page.locator('#address-state').fill('MA');
        await page.locator('#address-zip').fill('02115');
        await page.locator('#phone').fill('617 555 0101');
        await confirm(`/dso/students/${ids.ana}/contact`);
        await open(`/dso/students/${ids.ana}/employment/new`);
        await withErrors(`/dso/students/${ids.ana}/employment/new`);
        await open(`/dso/students/${ids.ana}/employment/${ids.job}/end`);
        await open(`/dso/students/${ids.ana}/portal-email`);
        await withErrors(`/dso/students/${ids.ana}/portal-email`);
        await open(`/dso/students/${ids.invited}/invitation`);
        await open(`/dso/students/${ids.locked}/unlock`);
        await open('/dso/items-due');
        await open('/dso/reports');

        await signIn(page, server.url, SUPERVISED, { prefix });
        await check('/reporting');
        await open('/reporting/address');
        await withErrors('/reporting/address');
        await page.locator('#address-line1').fill('9 Elm St');
        await page.locator('#address-city').fill('Newark');
        await page.locator('#address-state').fill('NJ');
        await page.locator('#address-zip').fill('07102');
        await page.locator('main form button[type=submit]').click();
        await page.waitForURL(/step=moved/);
        await withErrors('/reporting/address moved step');
        await fillDate(page, 'moved-on', ['2', '11', '2026']);
        await page.locator('main form button[type=submit]').click();
        await page.waitForURL(/step=court/);
        await withErrors('/reporting/address court step');
        await page.locator('#court-case-2').check();
        await confirm('/reporting/address');
        if (lang === 'en') {
          await open('/reporting/check-in');
          await withErrors('/reporting/check-in');
          await page.locator('#slot-id').check();
          await confirm('/reporting/check-in');
        } else {
          const appointments = await (await apiAs(server.url, SUPERVISED)).get('/supervision/appointments');
          const booked = appointments.find((a) => a.status === 'booked');
          await open(`/reporting/check-in/${booked.id}`);
          await open(`/reporting/check-in/${booked.id}/cancel`);
          await page.locator('main form button[type=submit]').click();
          await page.waitForURL(/step=done/);
          await check('/reporting cancel confirmation');
        }
        await open('/reporting');

        await signIn(page, server.url, OFFICER, { prefix });
        await check('/officer');
        await open('/officer?action=sign_in&outcome=failure');
        await open('/officer/schools');
        await open('/dso');
        assert.deepEqual(unexpectedConsole(errors), []);
      } finally {
        await context.close();
      }
      assert.ok(scanned >= 90, `scanned ${scanned} page states`);
      assert.deepEqual(problems, []);
    });
  }
});
