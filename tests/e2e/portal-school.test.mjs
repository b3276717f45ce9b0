// The school official's and the STEM student's journeys (issue 14), in English and Spanish:
// the record being changed is named on the form, the check page and the confirmation;
// items due say what changed (old → new) and when; "Mark as done" offers Undo and puts
// focus on what happened; the CSV names its columns and carries the whole change; search
// matches words in any order without accents; the student sees the dates their
// unemployment days are counted over, the rule and its links, their school's officials,
// and sends a STEM validation report that the DSO then sees. axe finds nothing on each
// new state at 320 and 1280 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, axeViolations, openPage, startBrowser, startServer } from './harness.mjs';
import { DSO, PASSWORD, REFERENCE, STEM_STUDENT, STUDENT, apiAs, errorSummary, proceed, signIn, unexpectedConsole } from './portal.mjs';

/** A PUT as one account, straight over HTTP (the student's own change, made elsewhere). */
async function putAs(base, who, path, body) {
  const session = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'password', email: who.email, password: PASSWORD }),
  });
  const cookie = session.headers.getSetCookie().find((c) => c.startsWith('__Host-navigator-session=')).split(';')[0];
  const { csrf_token: csrf } = await session.json();
  const answer = await fetch(`${base}/api${path}`, {
    method: 'PUT',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  assert.equal(answer.status, 200, `PUT ${path}`);
  return answer.json();
}

const [PHONE, DESK] = VIEWPORTS;

const CSV_HEADER = 'changed_at,changed_by,student,sevis_id,change,field,old_value,new_value,summary,reference,due,done';

const WORDS = {
  en: {
    subject: 'Ana Lopez · SEVIS ID N0004720633',
    change: 'Address and phone: Ana Lopez',
    zip: 'ZIP code',
    changedBy: /Changed \d{1,2} \w+ \d{4}, \d{2}:\d{2} [A-Z][\w+:-]* by Ana Lopez/,
    markDone: 'Mark as done',
    markedDone: 'Marked as done: Address and phone: Ana Lopez',
    undo: 'Undo',
    reopened: 'Due again: Address and phone: Ana Lopez',
    counted: /Counted from the start date of your EAD, 1 July 2025, to today, \d{1,2} \w+ \d{4}\./,
    rule: /at most 90 days in all on post-completion OPT, 150 days in all with the STEM OPT extension/,
    guide: 'Read the rule in the SEVP Portal guide',
    tool: 'Count your days with the OPT unemployment calculator',
    officials: 'Your school officials (DSOs)',
    sendReport: 'Send a validation report',
    reportTitle: 'Send a STEM validation report',
    reportSent: 'Validation report sent',
    reportItem: 'STEM validation report: Wei Zhang',
    sameAddress: 'Same address: — → No',
  },
  es: {
    subject: 'Ana Lopez · SEVIS ID N0004720633',
    change: 'Dirección y teléfono: Ana Lopez',
    zip: 'Código postal (ZIP)',
    changedBy: /Cambio del \d{1,2} de \w+ de \d{4}, \d{2}:\d{2} [A-Z][\w+:-]*, hecho por Ana Lopez/,
    markDone: 'Marcar como hecho',
    markedDone: 'Marcado como hecho: Dirección y teléfono: Ana Lopez',
    undo: 'Deshacer',
    reopened: 'Pendiente de nuevo: Dirección y teléfono: Ana Lopez',
    counted: /Contados desde la fecha de inicio de su EAD, el 1 de julio de 2025, hasta hoy, \d{1,2} de \w+ de \d{4}\./,
    rule: /como máximo 90 días en total con la OPT posterior a los estudios, 150 días en total con la extensión STEM OPT/,
    guide: 'Lea la regla en la guía del Portal del SEVP',
    tool: 'Cuente sus días con la calculadora de desempleo de la OPT',
    officials: 'Los funcionarios de su escuela (DSO)',
    sendReport: 'Enviar un informe de validación',
    reportTitle: 'Enviar un informe de validación STEM',
    reportSent: 'Informe de validación enviado',
    reportItem: 'Informe de validación STEM: Wei Zhang',
    sameAddress: 'Misma dirección: — → No',
  },
};

/** axe on the state on screen, at 320 px and at 1280 px; back to the page's own size after. */
async function noAxeViolations(page, state) {
  const size = page.viewportSize();
  for (const viewport of [PHONE, DESK]) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    assert.deepEqual(await axeViolations(page), [], `${state} at ${viewport.width} px`);
  }
  await page.setViewportSize(size);
}

describe('portal: the school official and the student (issue 14)', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer({ demo: true }); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const [prefix, lang, zip, phone] of [['', 'en', '02116', '6175550188'], ['/es', 'es', '02117', '6175550189']]) {
    const w = WORDS[lang];

    it(`${lang}: a DSO sees whose record the form changes, what students changed, undoes "mark as done", downloads the CSV and searches`, async () => {
      const dsoApi = await apiAs(server.url, DSO);
      const ana = (await dsoApi.get('/dso/students?q=Lopez')).items[0];
      const { page, context, errors } = await openPage(chrome.browser, DESK);
      try {
        await signIn(page, server.url, DSO, { prefix });

        // The form, the check page and the confirmation name the student.
        await page.goto(`${server.url}${prefix}/dso/students/${ana.id}/contact`);
        await page.locator('main h1').waitFor();
        assert.equal(await page.locator('.record-subject').innerText(), w.subject);
        await noAxeViolations(page, 'contact form');
        await page.locator('#address-line2').fill(`Apt ${lang}`);
        await proceed(page, 'check');
        assert.equal(await page.locator('.record-subject').innerText(), w.subject);
        await noAxeViolations(page, 'check answers');
        await page.locator('#submit').click();
        await page.waitForURL(/step=done/);
        await page.locator('.reference').waitFor();
        assert.equal(await page.locator('.record-subject').innerText(), w.subject);
        await noAxeViolations(page, 'confirmation');

        // The student changes their ZIP code and phone; the DSO sees old → new and when.
        const student = await apiAs(server.url, STUDENT);
        const before = await student.get('/student/profile');
        const oldZip = before.contact.address.zip;
        const receipt = await putAs(server.url, STUDENT, '/student/contact', {
          address: { line1: before.contact.address.line1, line2: `Apt ${lang}`, city: 'Boston', state: 'MA', zip },
          phone,
        });
        const reference = receipt.reference;
        assert.match(reference, REFERENCE);
        await page.goto(`${server.url}${prefix}/dso/items-due`);
        const item = page.locator('.task-list__item', { hasText: reference });
        await item.waitFor();
        const shown = await item.innerText();
        assert.match(shown, new RegExp(w.change));
        assert.match(shown, w.changedBy);
        assert.ok(shown.includes(`${w.zip}: ${oldZip} → ${zip}`), shown);
        await noAxeViolations(page, 'items due');

        // Mark as done: a status message takes focus and offers Undo.
        await item.getByRole('button', { name: new RegExp(`^${w.markDone}`) }).click();
        const status = item.locator('[role=status]');
        await status.getByText(w.markedDone).waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'status');
        await noAxeViolations(page, 'marked as done');
        await status.getByRole('button', { name: new RegExp(`^${w.undo}`) }).click();
        await status.getByText(w.reopened).waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'status');
        await item.getByRole('button', { name: new RegExp(`^${w.markDone}`) }).waitFor();
        await noAxeViolations(page, 'undone');
        const due = await dsoApi.get('/dso/items-due');
        const open = due.find((i) => i.reference === reference);
        assert.ok(open && !open.done, 'undo put the item back');

        // The CSV: named columns, and the whole change in full rows.
        const csv = await page.evaluate(async () => (await fetch('/api/dso/reports/student-changes.csv')).text());
        const lines = csv.split('\r\n');
        assert.equal(lines[0], CSV_HEADER);
        const row = [open.changed_at, 'Ana Lopez', 'Ana Lopez', 'N0004720633', 'contact', 'address.zip', oldZip, zip,
          `"${before.contact.address.line1}, Boston, MA"`, reference, open.due, 'no'].join(',');
        assert.ok(lines.includes(row), `${row}\n${csv}`);
        assert.ok(lines.some((l) => l.includes(`,contact,phone,`) && l.endsWith(`,${phone},"${before.contact.address.line1}, Boston, MA",${reference},${open.due},no`)), csv);

        // Search: every word, in any order, with or without accents.
        for (const q of ['Lopez Ana', 'López']) {
          await page.goto(`${server.url}${prefix}/dso?q=${encodeURIComponent(q)}`);
          await page.getByRole('link', { name: 'Ana Lopez' }).waitFor();
          assert.equal(await page.getByRole('link', { name: 'Wei Zhang' }).count(), 0, q);
        }
        await noAxeViolations(page, 'search results');
        assert.deepEqual(unexpectedConsole(errors), []);
      } finally {
        await context.close();
      }
    });

    it(`${lang}: a STEM student sees their counted days, the rule and their DSOs, and sends a validation report the DSO sees`, async () => {
      const { page, context, errors } = await openPage(chrome.browser, PHONE);
      try {
        await signIn(page, server.url, STEM_STUDENT, { prefix });
        await page.getByRole('link', { name: w.sendReport }).waitFor();
        // The record (officials included) loads apart from the counted days: wait for it.
        await page.getByRole('link', { name: 'morgan.patel@riverside.example' }).waitFor();
        const main = await page.locator('main').innerText();
        assert.match(main, w.counted);
        assert.match(main, w.rule);
        assert.equal(await page.getByRole('link', { name: w.guide }).getAttribute('href'), `${prefix}/guides/sevp-portal`);
        assert.equal(await page.getByRole('link', { name: w.tool }).getAttribute('href'), `${prefix}/tools/opt-unemployment`);
        assert.ok(main.includes(w.officials), main);
        assert.ok(main.includes('Morgan Patel') && main.includes('Chris Okafor'), main);
        assert.equal(await page.getByRole('link', { name: 'morgan.patel@riverside.example' }).getAttribute('href'), 'mailto:morgan.patel@riverside.example');
        assert.equal(await page.getByRole('link', { name: '(617) 555-0171' }).getAttribute('href'), 'tel:+16175550171');
        await noAxeViolations(page, 'student home');

        await page.getByRole('link', { name: w.sendReport }).click();
        await page.locator('main h1', { hasText: w.reportTitle }).waitFor();
        assert.match(await page.locator('main').innerText(), /Northwind Analytics/);
        await noAxeViolations(page, 'validation report form');
        await page.locator('main form button[type=submit]').click();
        assert.equal((await errorSummary(page)).length, 3);
        await noAxeViolations(page, 'validation report errors');
        await page.locator('#employer-same').check();
        await page.locator('#address-same-2').check();
        await page.locator('#employment-status').check();
        await proceed(page, 'check');
        await noAxeViolations(page, 'validation report check');
        await page.locator('#submit').click();
        await page.waitForURL(/step=done/);
        assert.equal(await page.locator('main h1').innerText(), w.reportSent);
        const reference = await page.locator('.reference').innerText();
        assert.match(reference, REFERENCE);
        await noAxeViolations(page, 'validation report sent');
        assert.deepEqual(unexpectedConsole(errors), []);

        const desk = await openPage(chrome.browser, DESK);
        try {
          await signIn(desk.page, server.url, DSO, { prefix });
          await desk.page.goto(`${server.url}${prefix}/dso/items-due`);
          const item = desk.page.locator('.task-list__item', { hasText: reference });
          await item.waitFor();
          const shown = await item.innerText();
          assert.ok(shown.includes(w.reportItem), shown);
          assert.ok(shown.includes(w.sameAddress), shown);
          assert.deepEqual(unexpectedConsole(desk.errors), []);
        } finally {
          await desk.context.close();
        }
      } finally {
        await context.close();
      }
    });
  }
});
