// What every end-to-end test file needs: the real portal-api (with the built app and a fresh
// SQLite database) on a free port, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import axe from 'axe-core';

export const VIEWPORTS = [
  { name: '320px', width: 320, height: 640 },
  { name: '1280px', width: 1280, height: 800 },
];

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests with cargo xtask test`);
  return value;
}

/**
 * Starts portal-api on a free port; resolves once it says where it serves. `demo` seeds the
 * demo accounts; `dist` serves another built app than DIST_DIR (a copy a test changes);
 * `restart()` starts it again on the same address and database (for tests of a server that
 * goes away mid-form).
 */
export async function startServer({ demo = false, dist = required('DIST_DIR') } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'navigator-e2e-'));
  let child;
  const launch = async (addr) => {
    child = spawn(required('PORTAL_API_BIN'), [
      '--addr', addr,
      '--dist', dist,
      '--database-url', `sqlite://${join(dir, 'portal.db')}`,
      ...(demo ? ['--demo'] : []),
    ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RUST_LOG: 'warn' } });
    let log = '';
    child.stderr.on('data', (chunk) => { log += chunk; });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`portal-api did not start in 30 s:\n${log}`)), 30_000);
      child.stdout.on('data', (chunk) => {
        const match = /serving (http:\/\/\S+)/.exec(String(chunk));
        if (match) { clearTimeout(timer); resolve(match[1]); }
      });
      child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`portal-api exited (${code}):\n${log}`)); });
    });
  };
  const halt = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const url = await launch('127.0.0.1:0');
  return {
    url,
    /** Stops the server, keeping its database. */
    halt,
    /** Starts it again where it was. */
    async restart() { await launch(new URL(url).host); },
    async stop() {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Chromium with a fresh profile (playwright makes a new one per launch and removes it). */
export async function startBrowser() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return { browser, stop: () => browser.close() };
}

/**
 * A fresh page at a viewport size, in a context of its own (its own storage and cache).
 * `javaScript: false` is a browser with JavaScript turned off.
 */
export async function openPage(browser, viewport, { javaScript = true } = {}) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return { page, context, errors };
}

/**
 * Every axe-core violation on the page, named with the elements it was found on. axe-core is
 * put into the page once per document and run there: `@axe-core/playwright` injected it again
 * on every call and finished each run in a new blank page, about 0.9 s per check against
 * 0.15 s this way (measured on /pt pages). The pages have no frames for axe to reach into.
 */
export async function axeViolations(page) {
  if (!await page.evaluate(() => typeof window.axe === 'object')) await page.evaluate(axe.source);
  // Only violations are read: asking for nothing else spares axe building the passes and
  // the inapplicable rules of every check, the larger part of its answer.
  return page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] })
    .then((results) => results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)));
}

/** Whether the page is wider than the window (a horizontal scroll bar). */
export async function hasHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The words the build wrote for "Find the right place", in a language. */
export function findWording(lang) {
  return JSON.parse(readFileSync(join(required('DIST_DIR'), 'content', lang, 'find.json'), 'utf8'));
}

/**
 * Runs axe once per (label, path) and collects what it finds; with `bothSizes`, at 320 px
 * and at 1280 px on the same page (resized, then back), so one walk checks both sizes.
 */
export function axeOncePerPage({ bothSizes = false } = {}) {
  const seen = new Set();
  const problems = [];
  return {
    async check(page, label) {
      const key = `${label} ${new URL(page.url()).pathname}`;
      if (seen.has(key)) return;
      seen.add(key);
      const original = page.viewportSize();
      for (const size of bothSizes ? VIEWPORTS : [null]) {
        if (size) await page.setViewportSize({ width: size.width, height: size.height });
        const where = size ? `${key} at ${size.name}` : key;
        const violations = await axeViolations(page);
        if (violations.length) problems.push(`${where}: ${violations.join('; ')}`);
        if (await hasHorizontalScroll(page)) problems.push(`${where}: horizontal scroll`);
      }
      if (bothSizes) await page.setViewportSize(original);
    },
    get scanned() { return seen.size; },
    problems,
  };
}

/**
 * The query of the outcome page a walk of "Find the right place" ends at: the answers on the
 * path, keys sorted, so one set of answers has one address (routing/query_string.rs). The
 * server without JavaScript (no-script.test.mjs) and the app (find.test.mjs) must both end there.
 */
export function outcomeQuery(answers) {
  const sorted = [...answers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `?${new URLSearchParams(sorted)}`;
}

/**
 * Every address the build prerendered in one language (`prefix`: `''` for English, `/es`…) —
 * `Page::all()` without the outcome page, which needs answers (ADR 16) — read from
 * `dist/pages/`, so a new page is tested without changing any test.
 */
export function prerenderedPaths(prefix) {
  const paths = [];
  const walk = (dir, path) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (name === 'index.html') paths.push(path || '/');
      else if (statSync(full).isDirectory()) walk(full, `${path}/${name}`);
    }
  };
  walk(join(required('DIST_DIR'), 'pages'), '');
  return paths.filter((p) => (prefix ? p === prefix || p.startsWith(`${prefix}/`) : !/^\/(es|pt|ht|fr)(\/|$)/.test(p)));
}

/** The pages the server draws at every visit, for which the build writes no file (ADR 25). */
const DRAWN_AT_EVERY_VISIT = ['/sign-in'];

/** Every public page in one language: the prerendered ones and those drawn at every visit. */
export function publicPaths(prefix) {
  return [...prerenderedPaths(prefix), ...DRAWN_AT_EVERY_VISIT.map((path) => `${prefix}${path}`)];
}

/** Each outcome page of "Find the right place": its example walk's answers in the address, as the app writes them. */
export function outcomePaths(lang, prefix) {
  return findWording(lang).example_paths.map((example) => {
    const query = new URLSearchParams(example.answers.slice().sort(([a], [b]) => a.localeCompare(b)));
    return `${prefix}/find/result?${query}`;
  });
}

/** Waits for the app to have started in the page now shown (`start` marks `<html>`). */
export async function appStarted(page) {
  await page.locator('html[data-app=started]').waitFor({ state: 'attached' });
}

/**
 * Opens a URL and waits for the app to have started (the page itself comes from the server);
 * a page the server draws alone (sign-in, ADR 25) loads no app, so nothing is waited for.
 */
export async function visitApp(page, url) {
  const response = await visit(page, url);
  if (await page.locator('script[type=module]').count() > 0) await appStarted(page);
  return response;
}

/**
 * Holds back every wasm download of `page` until the returned function is called: the
 * page is the server's until then, as on a slow phone where a person starts typing before
 * the app has started.
 */
export async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  return release;
}

/** Chooses a language from the header's menu, as a person would: open it, pick the name. */
export async function chooseLanguage(page, name) {
  await page.locator('.language-menu__button').click();
  await page.locator('.language-menu__list').getByRole('link', { name, exact: true }).click();
}

/** Opens a URL and waits for the app to show its heading. */
export async function visit(page, url) {
  const response = await page.goto(url);
  await page.locator('main h1').waitFor();
  return response;
}
