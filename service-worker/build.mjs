// Builds `<dist>/sw.js` from worker.js (docs/adr/0018-offline-service-worker.md): rollup
// bundles Workbox's modules into one classic script, then Workbox's injectManifest writes
// the precache list — each file's URL and a revision from its content — from the release
// in `<dist>`. Run by `cargo xtask build` after prerendering:
//   node service-worker/build.mjs <dist> <public-addresses.json> <scratch folder>
// Prints one JSON line: how many files are precached and their bytes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { injectManifest } from 'workbox-build';

const [dist, addressesFile, scratch] = process.argv.slice(2);
if (!scratch) throw new Error('usage: build.mjs <dist> <public-addresses.json> <scratch folder>');

const PUBLIC_BUNDLES = ['', 'app/find/', 'app/tools/'];

const bundled = join(scratch, 'sw.js');
const bundle = await rollup({
  input: join(dirname(fileURLToPath(import.meta.url)), 'worker.js'),
  plugins: [
    replace({
      preventAssignment: true,
      values: {
        // Workbox's modules log only outside production.
        'process.env.NODE_ENV': JSON.stringify('production'),
        __PUBLIC_ADDRESSES__: JSON.stringify(JSON.parse(readFileSync(addressesFile, 'utf8'))),
      },
    }),
    nodeResolve(),
    terser(),
  ],
});
await bundle.write({ file: bundled, format: 'iife' });
await bundle.close();

const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: join(dist, 'sw.js'),
  globDirectory: dist,
  globPatterns: [
    // Every prerendered page, served for its clean address.
    'pages/**/index.html',
    // Each public bundle's bare page (the app draws pages that need answers), its
    // stylesheet, JS glue and wasm.
    ...PUBLIC_BUNDLES.map((folder) => `${folder}*.{html,css,js,wasm}`),
    // Guides, "Find the right place", the search index and the public bundles' words.
    'content/**/*.{json,html}',
    '*.svg',
  ],
  globIgnores: ['sw.js', '**/*.br', '**/*.gz', 'content/*/words-portal*'],
  // trunk names these by their content: the name is the revision, and the HTTP cache
  // (immutable for a year) may answer the precache's request.
  dontCacheBustURLsMatching: /-[0-9a-f]{8,16}(_bg)?\.(css|js|wasm)$/,
  // The wasm bundles are larger than Workbox's default limit of 2 MiB.
  maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
});
for (const warning of warnings) console.error(`workbox: ${warning}`);
if (warnings.length) process.exit(1);
console.log(JSON.stringify({ files: count, bytes: size }));
