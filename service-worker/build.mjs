// Builds `<dist>/sw-<tag>.js` for each language from worker.js
// (docs/adr/0018-offline-service-worker.md): rollup bundles Workbox's modules into one
// classic script, then Workbox's injectManifest writes the precache list — each file's URL
// and a revision from its content — from the release in `<dist>`. Run by `cargo xtask build`
// after prerendering:
//   node service-worker/build.mjs <dist> <public-addresses.json> <scratch folder>
// Prints one JSON line: for each language, how many files its worker precaches and their bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { injectManifest } from 'workbox-build';

const [dist, addressesFile, scratch] = process.argv.slice(2);
if (!scratch) throw new Error('usage: build.mjs <dist> <public-addresses.json> <scratch folder>');

/** `{ <tag>: { address: [bare page, prerendered file] } }` for each language, from xtask. */
const tables = JSON.parse(readFileSync(addressesFile, 'utf8'));
const tags = Object.keys(tables);

// The public bundles' folders (`` for the site, `app/find/`, `app/search/`, each tool's, ADR
// 8): where the address tables' bare pages are, so a new bundle needs no line here.
const PUBLIC_BUNDLES = [...new Set(Object.values(tables)
  .flatMap((table) => Object.values(table))
  .map(([bare]) => bare.replace(/^\//, '').replace(/index\.html$/, '')))];

/** The prerendered pages of a language: English at the root, the others under their prefix. */
const pagesOf = (tag) => (tag === 'en'
  ? { patterns: ['pages/**/index.html'], ignores: tags.filter((t) => t !== 'en').map((t) => `pages/${t}/**`) }
  : { patterns: [`pages/${tag}/**/index.html`], ignores: [] });

// Workbox's modules and worker.js, bundled once; each language's worker is this script with
// its address table in front (the table is data: nothing in it needs minifying).
const shared = join(scratch, 'sw-shared.js');
const bundle = await rollup({
  input: join(dirname(fileURLToPath(import.meta.url)), 'worker.js'),
  plugins: [
    replace({
      preventAssignment: true,
      values: {
        // Workbox's modules log only outside production.
        'process.env.NODE_ENV': JSON.stringify('production'),
      },
    }),
    nodeResolve(),
    terser(),
  ],
});
await bundle.write({ file: shared, format: 'iife' });
await bundle.close();
const sharedCode = readFileSync(shared, 'utf8');

// One worker per language (`sw-<tag>.js`): five languages' pages and words would be several
// megabytes on a phone, and the worker's own list would grow the first visit; a visitor
// needs their language. The page registers the worker of its own language.
const report = {};
for (const tag of tags) {
  const bundled = join(scratch, `sw-${tag}.js`);
  writeFileSync(bundled, `self.__PUBLIC_ADDRESSES__=${JSON.stringify(tables[tag])};\n${sharedCode}`);

  const pages = pagesOf(tag);
  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: join(dist, `sw-${tag}.js`),
    globDirectory: dist,
    globPatterns: [
      // Every prerendered page of the language, served for its clean address.
      ...pages.patterns,
      // Each public bundle's bare page (the app draws pages that need answers), its
      // stylesheet, JS glue and wasm.
      ...PUBLIC_BUNDLES.map((folder) => `${folder}*.{html,css,js,wasm}`),
      // The language's guides, "Find the right place", search index and public bundles' words.
      `content/${tag}/**/*.{json,html}`,
      '*.svg',
    ],
    globIgnores: ['sw-*.js', '**/*.br', '**/*.gz', 'content/*/words-portal*', ...pages.ignores],
    // Named by their content (the wasm by trunk, the glue and stylesheet by xtask/minify.mjs):
    // the name is the revision, and the HTTP cache (immutable for a year) may answer the
    // precache's request.
    dontCacheBustURLsMatching: /-[0-9a-f]{8,16}(_bg)?\.(css|js|wasm)$/,
    // The wasm bundles are larger than Workbox's default limit of 2 MiB.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
  });
  for (const warning of warnings) console.error(`workbox (${tag}): ${warning}`);
  if (warnings.length) process.exit(1);
  report[tag] = { files: count, bytes: size };
}
console.log(JSON.stringify(report));
