// Offline after one visit (issue 12, item 3; docs/adr/0018-offline-service-worker.md): the
// service worker precaches the public help, in the language of the page visited, on the
// first visit; with the network off,
// `/` reloads, a guide never opened shows, and "Find the right place" is walked to an
// outcome by clicking — in English and in Spanish. Portal pages and API answers are never
// precached. A new release is picked up on the next visit, and an open page keeps its own.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VIEWPORTS, findWording, openPage, startBrowser, startServer, visit } from './harness.mjs';

const LANGS = [
  { lang: 'en', prefix: '', start: 'Start now', continue: 'Continue' },
  { lang: 'es', prefix: '/es', start: 'Empezar', continue: 'Continuar' },
];

const guides = (lang) => JSON.parse(readFileSync(join(process.env.DIST_DIR, 'content', lang, 'guides.json'), 'utf8'));

/** Visits `/` once and waits until the service worker has precached and controls the page. */
async function visitOnce(page, url) {
  await visit(page, url);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
}

/** Every URL the page's origin holds in Cache Storage. */
function cachedUrls(page) {
  return page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
}

describe('offline after one visit', () => {
  let server;
  let chrome;
  before(async () => { server = await startServer(); chrome = await startBrowser(); });
  after(async () => { await chrome?.stop(); await server?.stop(); });

  for (const language of LANGS) {
    it(`reloads ${language.prefix || '/'}, opens an unvisited guide and walks the router to an outcome with the network off (${language.lang})`, async () => {
      const { page, context, errors } = await openPage(chrome.browser, VIEWPORTS[0]);
      try {
        await visitOnce(page, `${server.url}${language.prefix}/`);
        const home = await page.locator('main h1').innerText();
        await context.setOffline(true);

        await page.reload();
        await page.locator('main h1').waitFor();
        assert.equal(await page.locator('main h1').innerText(), home);

        // A guide that was never opened: the last in the list.
        const guide = guides(language.lang).at(-1);
        await visit(page, `${server.url}${language.prefix}/guides/${guide.slug}`);
        assert.equal(await page.locator('main h1').innerText(), guide.title);

        // "Find the right place", from its start page to an outcome, by clicking.
        const wording = findWording(language.lang);
        const path = wording.example_paths.at(-1);
        await visit(page, `${server.url}${language.prefix}/find`);
        await page.getByRole('button', { name: language.start }).click();
        for (const [key, id] of path.answers) {
          const question = wording.questions.find((q) => q.key === key);
          await page.locator('main h1', { hasText: question.title }).waitFor();
          const label = question.answers.find((a) => a.id === id).label;
          await page.getByLabel(label, { exact: true }).check();
          await page.getByRole('button', { name: language.continue }).click();
        }
        const outcome = wording.outcomes.find((o) => o.id === path.outcome);
        await page.locator('main h1', { hasText: outcome.title }).waitFor();
        assert.match(page.url(), /\/find\/result\?/);

        // The outcome's address (answers in the query, no prerendered file) is drawn by the
        // app from the find bundle's page in the worker's precache.
        await page.reload();
        await page.locator('main h1', { hasText: outcome.title }).waitFor();
        assert.equal(await page.locator('html').getAttribute('lang'), language.lang);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it('precaches the public help in the visitor’s language only: no other language, no portal bundle, no API answer', async () => {
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1]);
    try {
      await visitOnce(page, `${server.url}/`);
      // Signing in calls the API; its answers must not be kept.
      await page.goto(`${server.url}/sign-in`);
      await page.locator('main h1').waitFor();
      const urls = await cachedUrls(page);
      for (const needed of ['/pages/index.html', '/pages/guides/index.html', '/index.html', '/app/find/index.html', '/app/search/index.html', '/app/tools-identify/index.html', '/app/tools-deadlines/index.html', '/content/en/find.json']) {
        assert.ok(urls.includes(needed), `${needed} is precached (${urls.length} URLs)`);
      }
      assert.deepEqual(urls.filter((url) => /^\/(pages|content)\/(es|pt|ht|fr)\//.test(url)), [], 'another language is not precached');
      assert.ok(urls.some((url) => /\/app\/find\/navigator-find-[0-9a-f]+_bg\.wasm$/.test(url)), 'the find wasm is precached');
      assert.deepEqual(urls.filter((url) => url.startsWith('/api/') || url.startsWith('/app/portal') || url.endsWith('.br') || url.endsWith('.gz')), []);
    } finally {
      await context.close();
    }
  });
});

/**
 * Makes the built app in `dist` a new release in which one guide's page says `marker` in its
 * heading: the page changes, and so does its revision in the worker's precache list (as a
 * build would write them).
 */
function releaseWithChangedGuide(dist, slug, marker) {
  const file = join(dist, 'pages', 'guides', slug, 'index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/(<h1[^>]*>)/, `$1${marker} `));
  const worker = join(dist, 'sw-en.js');
  const entry = new RegExp(`\\{[^{}]*"url":"pages/guides/${slug}/index\\.html"[^{}]*\\}`);
  const before = readFileSync(worker, 'utf8');
  const after = before.replace(entry, (found) => found.replace(/"revision":"[^"]*"/, '"revision":"new-release"'));
  assert.notEqual(after, before, `sw-en.js precaches pages/guides/${slug}/index.html`);
  writeFileSync(worker, after);
  for (const copy of [file, worker]) for (const suffix of ['.br', '.gz']) rmSync(copy + suffix, { force: true });
}

describe('a new release', () => {
  let dist;
  let server;
  let chrome;
  before(async () => {
    // A copy of the build, so the test can release a new version of it.
    dist = mkdtempSync(join(tmpdir(), 'navigator-release-'));
    cpSync(process.env.DIST_DIR, dist, { recursive: true });
    server = await startServer({ dist });
    chrome = await startBrowser();
  });
  after(async () => {
    await chrome?.stop();
    await server?.stop();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  it('is picked up on the next visit; an open page keeps the release it started with', async () => {
    const guide = guides('en').at(-1);
    const address = `${server.url}/guides/${guide.slug}`;
    const { page, context } = await openPage(chrome.browser, VIEWPORTS[1]);
    try {
      await visitOnce(page, `${server.url}/`);
      const [firstWorker] = context.serviceWorkers();
      releaseWithChangedGuide(dist, guide.slug, 'Release 2:');

      // A visit finds the new release's worker, which installs and then waits: while a page
      // of the old release is open, its worker answers from its own release.
      const waiting = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state);
      await visit(page, `${server.url}/about`);
      for (const deadline = Date.now() + 60_000; await waiting() !== 'installed';) {
        assert.ok(Date.now() < deadline, 'the new release\'s worker is installed within 60 s');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await visit(page, address);
      assert.equal(await page.locator('main h1').innerText(), guide.title);
      assert.equal(await waiting(), 'installed', 'the new release waits while the page is open');

      // Once no page of the old release is open, its worker makes way for the new one and
      // the next visit is the new release.
      const replaced = new Promise((resolve) => firstWorker.once('close', resolve));
      await page.close();
      await replaced;
      const next = await context.newPage();
      await visit(next, address);
      assert.equal(await next.locator('main h1').innerText(), `Release 2: ${guide.title}`);
    } finally {
      await context.close();
    }
  });
});
