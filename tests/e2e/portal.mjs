// What the portal tests share: the demo accounts, signing in through the page, the API as
// another party sees it (to count what was stored), and which console lines are expected.
import assert from 'node:assert/strict';

export const PASSWORD = 'demo-password-2026';
export const STUDENT = { email: 'ana.lopez@student.example', name: 'Ana Lopez' };
export const STEM_STUDENT = { email: 'wei.zhang@student.example', name: 'Wei Zhang' };
export const DSO = { email: 'morgan.patel@riverside.example', name: 'Morgan Patel' };
export const OFFICER = { email: 'taylor.reed@ice.example', name: 'Taylor Reed' };
export const SUPERVISED = { aNumber: 'A012345678', subjectId: 'SUB12345', dob: ['12', '4', '1988'], name: 'Jean Baptiste' };
export const REFERENCE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/;

/** Chromium logs every 4xx answer; a 404, a 409 (a taken slot) and a 422 with errors are the contract. */
export function unexpectedConsole(errors) {
  return errors.filter((e) => !/Failed to load resource: the server responded with a status of (404|409|422)/.test(e));
}

/** Signs in through the sign-in page and waits for the page it leads to. */
export async function signIn(page, base, who, { prefix = '', next } = {}) {
  const url = `${base}${prefix}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  await page.goto(url);
  await page.locator('main h1').waitFor();
  await fillSignIn(page, who);
  await page.waitForURL((u) => !u.pathname.endsWith('/sign-in'));
  await page.locator('main h1').waitFor();
}

/** Fills and sends the sign-in form already on screen. */
export async function fillSignIn(page, who) {
  if (who.email) {
    await page.locator('#method').check();
    await page.locator('#email').fill(who.email);
    await page.locator('#password').fill(PASSWORD);
  } else {
    await page.locator('#method-2').check();
    await page.locator('#a-number').fill(who.aNumber);
    await page.locator('#subject-id').fill(who.subjectId);
    await fillDate(page, 'date-of-birth', who.dob);
  }
  await page.locator('main form button[type=submit]').click();
}

export async function fillDate(page, id, [day, month, year]) {
  await page.locator(`#${id}-day`).fill(day);
  await page.locator(`#${id}-month`).fill(month);
  await page.locator(`#${id}-year`).fill(year);
}

/** Presses the page's Continue (or submit) button and waits for the next step's address. */
export async function proceed(page, step) {
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((u) => new URL(u).searchParams.get('step') === step);
  await page.locator('main h1').waitFor();
}

/** The error summary's messages, once it shows. */
export async function errorSummary(page) {
  await page.locator('.error-summary').waitFor();
  assert.match(await page.title(), /^(Error|Error): /);
  return page.locator('.error-summary__list a').allInnerTexts();
}

/**
 * Every page of each role of the demo, as `[account, [path, …]]`, with the records the
 * demo's Ana Lopez and her current job are reached by.
 */
export async function signedInPages(base) {
  const dso = await apiAs(base, DSO);
  const students = (await dso.get('/dso/students')).items;
  const ana = await dso.get(`/dso/students/${students.find((s) => s.name === STUDENT.name).id}`);
  const job = ana.employment.find((j) => !j.employment.end).id;
  return [
    [STUDENT, ['/student', '/student/contact', '/student/employment/new', `/student/employment/${job}`, `/student/employment/${job}/end`]],
    [DSO, ['/dso', `/dso/students/${ana.id}`, `/dso/students/${ana.id}/contact`, `/dso/students/${ana.id}/employment/new`, `/dso/students/${ana.id}/portal-email`, '/dso/items-due', '/dso/reports']],
    [SUPERVISED, ['/reporting', '/reporting/address', '/reporting/check-in']],
    [OFFICER, ['/officer', '/officer/schools']],
  ];
}

/** The API as one account sees it, straight over HTTP (to check what the server stored). */
export async function apiAs(base, who) {
  const body = who.email
    ? { method: 'password', email: who.email, password: PASSWORD }
    : { method: 'supervision', a_number: who.aNumber, subject_id: who.subjectId, date_of_birth: { day: who.dob[0], month: who.dob[1], year: who.dob[2] } };
  const response = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal(response.status, 200, `sign-in as ${who.email ?? who.aNumber}`);
  const cookie = response.headers.getSetCookie()
    .find((c) => c.startsWith('__Host-navigator-session='))
    .split(';')[0];
  const { csrf_token: csrf } = await response.json();
  return {
    async get(path) {
      const answer = await fetch(`${base}/api${path}`, { headers: { cookie } });
      assert.equal(answer.status, 200, `GET ${path}`);
      return answer.json();
    },
    async post(path, body) {
      const answer = await fetch(`${base}/api${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
      assert.equal(answer.status, 200, `POST ${path}`);
      return answer.json();
    },
  };
}
