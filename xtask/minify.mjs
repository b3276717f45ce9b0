// Minifies the release's JS glue and stylesheets in place (docs/adr/0024-minified-glue-and-styles.md):
// terser for wasm-bindgen's ES module glue, Lightning CSS for the stylesheet. Trunk's own
// minification also rewrites the HTML, which the build reads afterwards (prerender.rs), so the
// build minifies only these two kinds of file. Run by `cargo xtask build`:
//   node xtask/minify.mjs <file.js|file.css>...
// Prints one JSON line: the bytes before and after.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { transform } from 'lightningcss';

const files = process.argv.slice(2);
let before = 0;
let after = 0;
for (const file of files) {
  const code = readFileSync(file, 'utf8');
  let minified;
  if (file.endsWith('.js')) {
    // The glue is an ES module (`import.meta.url`, exports the start-up script imports).
    minified = (await minify(code, { module: true, compress: true, mangle: true })).code;
  } else if (file.endsWith('.css')) {
    minified = transform({ filename: file, code: Buffer.from(code), minify: true }).code.toString();
  } else {
    throw new Error(`${file}: neither JS nor CSS`);
  }
  writeFileSync(file, minified);
  before += Buffer.byteLength(code);
  after += Buffer.byteLength(minified);
}
console.log(JSON.stringify({ files: files.length, before, after }));
