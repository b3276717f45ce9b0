// The service worker that keeps the public help working offline after one visit
// (docs/adr/0018-offline-service-worker.md), one per language (`sw-<tag>.js`, registered by
// the pages in that language). `cargo xtask build` bundles it with rollup and Workbox's
// injectManifest fills `self.__WB_MANIFEST` with every file of the release it precaches for
// the language; `self.__PUBLIC_ADDRESSES__`, set by the lines the build puts in front of
// this script, is the table of the language's public addresses xtask derives from the
// routes in navigator-domain. Nothing here lists a file by hand.
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

/** Each public address (no trailing slash) → [its bundle's bare page, its prerendered file or null]. */
const PUBLIC_ADDRESSES = self.__PUBLIC_ADDRESSES__;

const addressOf = (url) => (url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname);

/**
 * Whether a page the server sent belongs to the release this worker precached: every
 * script, wasm and stylesheet it names is in the precache (their names carry a content
 * hash). A page of a newer release would run its new wasm against this worker's older
 * content files, so it is not shown; the precached bare page is.
 */
async function isThisRelease(response) {
  const html = await response.clone().text();
  const assets = [...html.matchAll(/["'](\/[^"'\s]+\.(?:js|wasm|css))["']/g)].map((m) => m[1]);
  return assets.every((asset) => getCacheKeyForURL(asset) !== undefined);
}

/**
 * A public address with a query (a question with earlier answers, an outcome, search
 * results) or without a prerendered file: the server renders it when it can be reached and
 * belongs to this release; otherwise the bundle's bare page, which the app draws.
 */
async function renderedOrBare(request, barePage) {
  try {
    const response = await fetch(request);
    const isPage = response.ok && response.headers.get('content-type')?.startsWith('text/html');
    if (!isPage || (await isThisRelease(response))) return response;
  } catch {
    // No connection: the app draws the page offline.
  }
  return (await matchPrecache(barePage)) ?? Response.error();
}

// Pages first, so a public address is answered by these rules; portal pages and `/api/`
// are not in the table and go to the network untouched, never cached.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin
    && Object.hasOwn(PUBLIC_ADDRESSES, addressOf(url)),
  async ({ request, url }) => {
    const [barePage, prerendered] = PUBLIC_ADDRESSES[addressOf(url)];
    // A prerendered page is the release's own file: the same release as its wasm and content.
    const page = url.search === '' && prerendered ? await matchPrecache(prerendered) : undefined;
    return page ?? renderedOrBare(request, barePage);
  },
);

// Every precached file at its own URL (wasm, JS, CSS, content), from the precache. No
// directory index: `/` is the prerendered home page, not the site bundle's bare page.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: null, cleanURLs: false });
cleanupOutdatedCaches();

// The first visit's page is controlled as soon as the precache is complete, so it works
// offline without a reload. A new release's worker still waits until no page of the old
// one is open (no skipWaiting): a page never mixes two releases.
clientsClaim();
