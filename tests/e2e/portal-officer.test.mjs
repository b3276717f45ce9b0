// The ICE officer's audit log (issue 14), on a 360 × 740 phone, in English and Spanish:
// every entry says who acted, about whom, under which reference and what changed (folded,
// so an entry stays short); "Who" finds the person
// an action was about; a day typed in another shape is named in the error summary; the
// log stays short on a phone; axe finds nothing at 320 px and 1280 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, axeViolations, hasHorizontalScroll, openPage, startBrowser, startServer } from './harness.mjs';
import { DSO, OFFICER, PASSWORD, SUPERVISED, apiAs, errorSummary, signIn, unexpectedConsole } from './portal.mjs';

const PHONE_360 = { name: '360px', width: 360, height: 740 };
/** The tallest an entry may be on that phone: little over half of the ~330 px each took
 * before, now that an entry also says what changed (one folded line: a supervised person's
 * move, whose "About" wraps, measured 160.5 px in English and 178 px in Spanish). */
const ENTRY_HEIGHT = 180;

/** A write through the API as `who`, answered with `status`: its answer. */
async function write(base, who, method, path, body, status) {
  const signIn = who.email
    ? { method: 'password', email: who.email, password: PASSWORD }
    : { method: 'supervision', a_number: who.aNumber, subject_id: who.subjectId, date_of_birth: { day: who.dob[0], month: who.dob[1], year: who.dob[2] } };
  const session = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(signIn) });
  const cookie = session.headers.getSetCookie().find((c) => c.startsWith('__Host-navigator-session=')).split(';')[0];
  const { csrf_token: csrf } = await session.json();
  const answer = await fetch(`${base}/api${path}`, {
    method,
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  assert.equal(answer.status, status, `${method} ${path}`);
  return answer.json();
}

describe('portal: the officer reads the audit log', () => {
  let server;
  let chrome;
  let moved;
  before(async () => {
    server = await startServer({ demo: true });
    chrome = await startBrowser();
    moved = await write(server.url, SUPERVISED, 'POST', '/supervision/address', {
      address: { line1: '9 Elm St', city: 'Newark', state: 'NJ', zip: '07102' },
      moved_on: { day: '20', month: '11', year: '2026' },
      court_case: 'no',
    }, 201);
    const students = await (await apiAs(server.url, DSO)).get('/dso/students?q=Lopez');
    await write(server.url, DSO, 'PUT', `/dso/students/${students.items[0].id}/contact`, {
      address: { line1: '1 Main St', city: 'Boston', state: 'MA', zip: '02115' },
      phone: '617 555 0199',
    }, 200);
  });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const [prefix, lang, words] of [
    ['', 'en', { about: 'About', reference: 'Reference', apply: 'Apply filters', from: /“From” date/,
      changed: /What changed\s+5 fields/, line1: 'Address line 1: — → 9 Elm St', moved: 'Date of the move: — → 20 November 2026' }],
    ['/es', 'es', { about: 'Sobre', reference: 'Referencia', apply: 'Aplicar filtros', from: /fecha “Desde”/,
      changed: /Qué cambió\s+5 campos/, line1: 'Dirección, línea 1: — → 9 Elm St', moved: 'Fecha de la mudanza: — → 20 de noviembre de 2026' }],
  ]) {
    it(`shows whom each entry is about, finds them and names a wrong day, in ${lang}`, async () => {
      const { page, context, errors } = await openPage(chrome.browser, PHONE_360);
      const problems = [];
      const scan = async (label) => {
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          const violations = await axeViolations(page);
          if (violations.length) problems.push(`${label} at ${viewport.name}: ${violations.join('; ')}`);
          if (await hasHorizontalScroll(page)) problems.push(`${label} at ${viewport.name}: horizontal scroll`);
        }
        await page.setViewportSize({ width: PHONE_360.width, height: PHONE_360.height });
      };
      try {
        await signIn(page, server.url, OFFICER, { prefix });
        await page.locator('.audit-log > li').first().waitFor();
        // The whole log of the demo on a phone: every entry within the bound.
        const heights = await page.locator('.audit-log > li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height));
        const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`${lang}: ${heights.length} entries, tallest ${Math.max(...heights).toFixed(1)} px, page ${pageHeight} px at 360 px`);
        for (const height of heights) assert.ok(height <= ENTRY_HEIGHT, `an entry is ${height} px tall on a 360 px phone`);
        await scan('the log');

        // A supervised person's own write: about them, with its reference.
        await page.goto(`${server.url}${prefix}/officer?action=change_address`);
        const entry = page.locator('.audit-log > li', { hasText: moved.reference });
        await entry.waitFor();
        const text = await entry.innerText();
        assert.match(text, new RegExp(`${words.about}\\s+Jean Baptiste \\(A•••••5678\\)`));
        assert.match(text, new RegExp(`${words.reference}\\s+${moved.reference}`));
        assert.doesNotMatch(text, /A012345678|SUB12345/, 'no full identifier in the log');
        // What changed, folded to one line until opened: field by field, old and new.
        assert.match(text, words.changed);
        const changes = entry.locator('.audit-entry__changes li');
        assert.equal(await changes.first().isVisible(), false, 'folded');
        await entry.locator('.audit-entry__changes summary').click();
        const lines = await changes.allInnerTexts();
        assert.ok(lines.includes(words.line1), lines.join(' | '));
        assert.ok(lines.includes(words.moved), lines.join(' | '));
        await scan('an entry opened to what changed');

        // "Who" finds the student a school official's change was about, words in any order.
        await page.locator('#actor').fill('lopez ANA');
        await page.locator('#action').selectOption('update_contact');
        await page.getByRole('button', { name: words.apply }).click();
        await page.waitForURL(/actor=lopez/);
        const found = page.locator('.audit-log > li', { hasText: 'Ana Lopez (N•••••0633)' });
        await found.waitFor();
        assert.match(await found.innerText(), /Morgan Patel/);
        assert.equal(await page.locator('.audit-log > li').count(), 1);
        await scan('the log filtered by whom it was about');

        // A day in another shape: the error summary, focused, and the field's own message.
        await page.locator('#from').fill('29/11/2026');
        await page.getByRole('button', { name: words.apply }).click();
        const messages = await errorSummary(page);
        assert.equal(messages.length, 1);
        assert.match(messages[0], words.from);
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'the summary has the focus');
        assert.match(await page.locator('#from-error').innerText(), words.from);
        assert.equal(await page.locator('.audit-log').count(), 0, 'no entries for a period that cannot be read');
        await page.locator('.error-summary a').click();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'from');
        await scan('a wrong day');
        assert.deepEqual(unexpectedConsole(errors), []);
      } finally {
        await context.close();
      }
      assert.deepEqual(problems, []);
    });
  }
});
