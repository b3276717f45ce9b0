// The journey of a person under ICE supervision on a phone, in English and Spanish, with what
// every portal page shares: the confirmation of a move says ICE was NOT told and lists what is
// still to do (with the official links); check-in confirmations give the time (in the
// person's time zone, named), the reference (also after a cancel), the previous time after a
// move and the office's address; "Clear my data" asks first; focus lands on the h1 after
// signing in. axe finds nothing on each new state at 320 and 1280 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWPORTS, axeViolations, hasHorizontalScroll, startBrowser, startServer } from './harness.mjs';
import { REFERENCE, SUPERVISED, errorSummary, fillDate, proceed, signIn, unexpectedConsole } from './portal.mjs';

const [PHONE] = VIEWPORTS;
const MARIA = { aNumber: 'A098765432', subjectId: 'SUB67890', dob: ['3', '11', '1992'], name: 'María Gómez' };
// A time zone other than the server's UTC: the page must show the person's own.
const TIME_ZONE = 'America/New_York';
const ZONE_NAME = /\b(EST|EDT|GMT-5|GMT-4|UTC-5|UTC-4)\b/;

const WORDS = {
  en: {
    prefix: '',
    who: SUPERVISED,
    signInNotice: /sign in only with a demonstration account/,
    reportMove: 'Report a change of address',
    stateUnknown: /two letters, like NJ, or its full name/,
    sendMove: 'Send address change',
    moveSent: 'Your new address is recorded here only: ICE has not been told',
    notTold: /You must still tell ICE yourself/,
    stillToDo: 'What you must still do',
    sent: 'Sent',
    back: 'Back to your pages',
    book: 'Book a check-in',
    bookSubmit: 'Book check-in',
    booked: 'Check-in booked',
    goTo: /Go to Newark ERO Field Office, 970 Broad St, Newark, NJ 07102\./,
    where: 'Where',
    changeTime: /^Change time/,
    current: 'Current check-in time',
    previous: 'Previous check-in time',
    move: 'Move check-in',
    moved: 'Check-in moved',
    cancel: /^Cancel/,
    cancelSubmit: 'Cancel check-in',
    cancelled: 'Check-in cancelled',
    reference: 'Your reference number',
    history: 'Sent from this device',
    clear: 'Clear my data on this device',
    clearTitle: 'Clear your data from this device?',
    clearYes: 'Yes, clear my data',
    clearNo: 'No, keep my data',
    cleared: 'Your saved answers and history were removed from this device.',
  },
  es: {
    prefix: '/es',
    who: MARIA,
    signInNotice: /inicie sesión solo con una cuenta de demostración/,
    reportMove: 'Informar un cambio de dirección',
    stateUnknown: /dos letras, como NJ, o su nombre completo/,
    sendMove: 'Enviar cambio de dirección',
    moveSent: 'Su nueva dirección quedó registrada solo aquí: no se avisó a ICE',
    notTold: /Usted todavía debe avisar a ICE/,
    stillToDo: 'Lo que todavía debe hacer',
    sent: 'Enviado',
    back: 'Volver a sus páginas',
    book: 'Reservar una cita',
    bookSubmit: 'Reservar cita',
    booked: 'Cita reservada',
    goTo: /Vaya a Newark ERO Field Office, 970 Broad St, Newark, NJ 07102\./,
    where: 'Dónde',
    changeTime: /^Cambiar hora/,
    current: 'Hora actual de la cita',
    previous: 'Hora anterior de la cita',
    move: 'Cambiar cita',
    moved: 'Cita cambiada',
    cancel: /^Cancelar/,
    cancelSubmit: 'Cancelar cita',
    cancelled: 'Cita cancelada',
    reference: 'Su número de referencia',
    history: 'Enviado desde este dispositivo',
    clear: 'Borrar mis datos de este dispositivo',
    clearTitle: '¿Borrar sus datos de este dispositivo?',
    clearYes: 'Sí, borrar mis datos',
    clearNo: 'No, conservar mis datos',
    cleared: 'Se borraron de este dispositivo sus respuestas guardadas y su historial.',
  },
};

/** axe at both widths on the state on screen; the phone width is restored after. */
async function axeAtBothWidths(page, state, problems) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const found = await axeViolations(page);
    if (found.length) problems.push(`${state} at ${viewport.name}: ${found.join('; ')}`);
    if (await hasHorizontalScroll(page)) problems.push(`${state} at ${viewport.name}: horizontal scroll`);
  }
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
}

/** The line "Sent: …" of a confirmation. */
async function sentLine(page, w) {
  return page.locator('main p', { hasText: new RegExp(`^${w.sent}: `) }).innerText();
}

/** A few days ago, as the date boxes take it. */
function daysAgo(days) {
  const d = new Date(Date.now() - days * 86_400_000);
  return [String(d.getUTCDate()), String(d.getUTCMonth() + 1), String(d.getUTCFullYear())];
}

describe('portal: a person under supervision, and what every portal page shares', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer({ demo: true }); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const [lang, w] of Object.entries(WORDS)) {
    it(`${lang}: move, book, move, cancel and clear, each confirmation saying what happened and what is next`, async () => {
      const context = await chrome.browser.newContext({
        viewport: { width: PHONE.width, height: PHONE.height },
        timezoneId: TIME_ZONE,
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
      const problems = [];
      try {
        // The sign-in page asks for a password: its notice does not say none is asked for.
        await page.goto(`${server.url}${w.prefix}/sign-in`);
        await page.locator('main h1').waitFor();
        await page.locator('.portal-notice', { hasText: w.signInNotice }).waitFor();
        const notice = await page.locator('.portal-notice').innerText();
        assert.match(notice, w.signInNotice);
        await axeAtBothWidths(page, 'sign-in', problems);

        // After signing in, focus is on the new page's heading, not on the body.
        await signIn(page, server.url, w.who, { prefix: w.prefix });
        assert.equal(new URL(page.url()).pathname, `${w.prefix}/reporting`);
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 });

        // A move: the state typed in lower case shows as its code; an unknown one says how
        // to write it (no list to select from).
        await page.getByRole('link', { name: w.reportMove }).click();
        await page.locator('#address-line1').fill('9 Elm St');
        await page.locator('#address-city').fill('Newark');
        await page.locator('#address-state').fill('zz');
        await page.locator('#address-zip').fill('07102');
        await page.locator('main form button[type=submit]').click();
        assert.match((await errorSummary(page)).join(' '), w.stateUnknown);
        await page.locator('#address-state').fill('nj');
        await proceed(page, 'moved');
        await fillDate(page, 'moved-on', daysAgo(3));
        await proceed(page, 'court');
        await page.locator('#court-case').check();
        await proceed(page, 'check');
        const check = await page.locator('.summary-list').innerText();
        assert.match(check, /\bNJ\b/);
        assert.doesNotMatch(check, /\bnj\b/);
        await page.getByRole('button', { name: w.sendMove }).click();
        await page.waitForURL(/step=done/);
        assert.equal(await page.locator('main h1').innerText(), w.moveSent);
        assert.match(await page.locator('main .panel--warning').innerText(), w.notTold);
        await page.getByRole('heading', { level: 2, name: w.stillToDo }).waitFor();
        const todo = page.locator('main ul.list--bullet > li');
        assert.equal(await todo.count(), 3, 'ICE, the court (EOIR-33) and USCIS (AR-11)');
        const items = await todo.allInnerTexts();
        assert.match(items[0], /ICE/);
        assert.match(items[0], /ice\.gov\/check-in/);
        assert.match(items[1], /EOIR-33/);
        assert.match(items[2], /AR-11/);
        const hosts = await todo.locator('a').evaluateAll((as) => as.map((a) => new URL(a.href).host));
        assert.deepEqual(hosts, ['onlinechangeofaddress.ice.gov', 'respondentaccess.eoir.justice.gov', 'www.uscis.gov']);
        const sentMove = await sentLine(page, w);
        assert.match(sentMove, ZONE_NAME, sentMove);
        assert.doesNotMatch(sentMove, /UTC$/);
        assert.equal(
          await page.locator('.reference').evaluate((e) => getComputedStyle(e).whiteSpace),
          'nowrap',
          'a reference stays on one line',
        );
        await axeAtBothWidths(page, 'move confirmation', problems);

        // On paper: the site's name, and no account controls.
        await page.emulateMedia({ media: 'print' });
        assert.ok(await page.locator('.header__name').isVisible(), 'the site name is printed');
        assert.equal(await page.locator('.account-bar').isVisible(), false, 'no "Clear my data" on paper');
        await page.emulateMedia({ media: 'screen' });

        // Booking: when it was sent, in the person's zone, and where to go.
        await page.getByRole('link', { name: w.back }).click();
        await page.getByRole('link', { name: w.book }).click();
        const first = await page.locator('label[for=slot-id]').innerText();
        await page.locator('#slot-id').check();
        await proceed(page, 'check');
        await page.getByRole('button', { name: w.bookSubmit }).click();
        await page.waitForURL(/step=done/);
        assert.equal(await page.locator('main h1').innerText(), w.booked);
        const booked = await sentLine(page, w);
        assert.match(booked, ZONE_NAME, booked);
        const reference = await page.locator('.reference').innerText();
        assert.match(reference, REFERENCE);
        assert.match(await page.locator('main').innerText(), w.goTo);
        await axeAtBothWidths(page, 'booking confirmation', problems);

        // The card on the reporting page says where the office is.
        await page.getByRole('link', { name: w.back }).click();
        const card = page.locator('.card', { hasText: first.split(' ')[0] }).first();
        await card.waitFor();
        assert.match(await card.innerText(), new RegExp(`${w.where}\\s+Newark ERO Field Office, 970 Broad St, Newark, NJ 07102`));

        // Moving it: the check page names the current time, the confirmation the previous one.
        await page.getByRole('link', { name: w.changeTime }).click();
        await page.locator('#slot-id-2').check();
        await proceed(page, 'check');
        assert.match(await page.locator('.summary-list').innerText(), new RegExp(w.current));
        await page.getByRole('button', { name: w.move }).click();
        await page.waitForURL(/step=done/);
        assert.equal(await page.locator('main h1').innerText(), w.moved);
        const movedAnswers = await page.locator('.summary-list').innerText();
        assert.match(movedAnswers, new RegExp(`${w.previous}\\s+${first.replace(/[()]/g, '.')}`));
        assert.doesNotMatch(movedAnswers, new RegExp(w.current));
        assert.match(await sentLine(page, w), ZONE_NAME);
        await axeAtBothWidths(page, 'move-check-in confirmation', problems);

        // Cancelling: the reference is the appointment's, here and in "Sent from this device".
        await page.getByRole('link', { name: w.back }).click();
        await page.locator('.card__actions').waitFor();
        await page.getByRole('link', { name: w.cancel }).click();
        await page.getByRole('button', { name: w.cancelSubmit }).click();
        await page.waitForURL(/step=done/);
        assert.equal(await page.locator('main h1').innerText(), w.cancelled);
        assert.equal(await page.locator('.reference').innerText(), reference);
        assert.match(await sentLine(page, w), ZONE_NAME);
        await axeAtBothWidths(page, 'cancel confirmation', problems);
        await page.getByRole('link', { name: w.back }).click();
        await page.getByRole('heading', { name: w.history }).waitFor();
        const history = await page.locator('.history li').allInnerTexts();
        assert.equal(history.length, 4);
        for (const line of history) assert.match(line, /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}/, line);
        assert.match(history[0], new RegExp(`${w.cancelled}.*${reference}`));

        // "Clear my data" asks first; "No" keeps everything; "Yes" clears.
        const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('navigator.portal.')).length);
        const before = await stored();
        assert.ok(before > 0);
        await page.getByRole('button', { name: w.clear }).click();
        await page.getByRole('heading', { name: w.clearTitle }).waitFor();
        assert.equal(await stored(), before, 'nothing cleared before the answer');
        await axeAtBothWidths(page, 'clear confirmation', problems);
        await page.getByRole('button', { name: w.clearNo }).click();
        assert.equal(await page.getByRole('heading', { name: w.clearTitle }).count(), 0);
        assert.equal(await stored(), before);
        await page.getByRole('button', { name: w.clear }).click();
        await page.getByRole('button', { name: w.clearYes }).click();
        await page.waitForURL(/\/sign-in\?cleared/);
        await page.getByText(w.cleared).waitFor();
        assert.equal(await stored(), 0);
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 });

        assert.deepEqual(problems, []);
        assert.deepEqual(unexpectedConsole(errors), []);
      } finally {
        await context.close();
      }
    });
  }

  // Only en and es walk the journey above; every language's portal times use the locale its
  // catalogue names for the browser's Intl, and some locales name a zone only by its offset.
  it('every language names the time zone as people here know it (EST, EDT), not as an offset', async () => {
    const context = await chrome.browser.newContext({ timezoneId: TIME_ZONE });
    try {
      const page = await context.newPage();
      const content = join(process.env.DIST_DIR, 'content');
      const langs = readdirSync(content);
      assert.ok(langs.length >= 5, `languages in ${content}: ${langs}`);
      for (const lang of langs) {
        // Every portal area shows the portal's words, from one catalogue.
        const words = readdirSync(join(content, lang)).find((name) => /^words-portal-[0-9a-f]+\.json$/.test(name));
        assert.ok(words, `the portal's words in ${lang}`);
        const locale = JSON.parse(readFileSync(join(content, lang, words), 'utf8')).messages['dates-intl_locale'];
        // The options of `local_date_time` (src/portal/local_time.rs), in January and in July.
        const shown = await page.evaluate((l) => [0, 6].map((month) => new Date(Date.UTC(2026, month, 15, 15))
          .toLocaleTimeString(l, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' })), locale);
        assert.match(shown[0], /\bEST\b/, `${lang} (${locale}): ${shown[0]}`);
        assert.match(shown[1], /\bEDT\b/, `${lang} (${locale}): ${shown[1]}`);
      }
    } finally {
      await context.close();
    }
  });
});
