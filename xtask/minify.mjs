// Minifies each bundle's JS glue and stylesheet after trunk has built it
// (docs/adr/0024-minified-glue-and-styles.md): terser for wasm-bindgen's ES module glue,
// Lightning CSS for the stylesheet. Trunk's own minification also rewrites the HTML, which
// the build reads afterwards (prerender.rs), so the build minifies only these two kinds of
// file. A minified file gets a name from its own content (trunk's name is a hash of what
// trunk wrote, and the server caches these names for a year), and the bundle's page is
// changed to load it. Run by `cargo xtask build`:
//   node xtask/minify.mjs <bundle folder>...
// Prints one JSON line: how many files, and their bytes before and after.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { transform } from 'lightningcss';

// The oldest browsers the stylesheet is written for: pages are HTML first and must read well
// where the wasm cannot run. Without targets Lightning CSS writes the newest syntax
// everywhere: `@media (width >= 40rem)`, which Safari before 16.4 ignores, and `#0000` for
// `transparent`, which Edge 18 (EdgeHTML, Windows 10's browser until 2020) ignores, losing the
// focus outline Windows' high-contrast mode draws.
const version = (major, minor = 0) => (major << 16) | (minor << 8);
const CSS_TARGETS = {
  safari: version(12), ios_saf: version(12), chrome: version(80), android: version(80),
  firefox: version(78), samsung: version(12), edge: version(18),
};

/** Trunk's names end in `-<hex digits>.js|.css`, the hash of the content it wrote (without
 * leading zeros, so sometimes fewer than 16 digits). */
const HASHED = /^(.+)-[0-9a-f]+\.(js|css)$/;

async function minified(file, code) {
  if (file.endsWith('.js')) {
    // The glue is an ES module (`import.meta.url`, exports the start-up script imports).
    return (await minify(code, { module: true, compress: true, mangle: true })).code;
  }
  const { code: css, warnings } = transform({
    filename: file, code: Buffer.from(code), minify: true, targets: CSS_TARGETS,
  });
  for (const warning of warnings) console.error(`${file}: ${warning.message}`);
  return css.toString();
}

let files = 0;
let before = 0;
let after = 0;
for (const folder of process.argv.slice(2)) {
  const page = join(folder, 'index.html');
  let html = readFileSync(page, 'utf8');
  for (const name of readdirSync(folder)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const parts = HASHED.exec(name);
    if (!parts) throw new Error(`${folder}/${name}: not named by trunk's hash`);
    const code = readFileSync(join(folder, name), 'utf8');
    const small = await minified(name, code);
    const hash = createHash('sha256').update(small).digest('hex').slice(0, 16);
    const renamed = `${parts[1]}-${hash}.${parts[2]}`;
    if (!html.includes(name)) throw new Error(`${page} does not load ${name}`);
    html = html.replaceAll(name, renamed);
    rmSync(join(folder, name));
    writeFileSync(join(folder, renamed), small);
    files += 1;
    before += Buffer.byteLength(code);
    after += Buffer.byteLength(small);
  }
  // Trunk copies the attribute that asked it for no integrity hash into the page.
  writeFileSync(page, html.replaceAll(' data-integrity="none"', ''));
}
console.log(JSON.stringify({ files, before, after }));
