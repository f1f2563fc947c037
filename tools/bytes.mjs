// What the overview loads, in brotli bytes: what comes before the target table is readable (the
// page itself, with its styles and its charts inline; the table is in the pre-rendered HTML), the
// app (start-up module, glue and WebAssembly, fetched after the first paint), and everything the
// overview loads once the reader has scrolled to its end: the page and the app, since every chart is
// drawn in the page (tests/browser/loading.test.mjs checks that nothing else is requested).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function overviewBytes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const attribute = (tag, name) => new RegExp(`${name}="\\.?/?([^"]+)"`).exec(tag)?.[1];
  const size = (name) => brotli(readFileSync(join(dist, name)));
  // Render-blocking stylesheets, should any be linked rather than inline.
  const stylesheets = [...head.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((match) => attribute(match[0], 'href'));
  const starter = /<script data-boot="[^"]*"[^>]*>/.exec(html)?.[0];
  if (!starter) throw new Error('index.html has no starter script');
  const boot = attribute(starter, 'data-boot');
  // The start-up module imports the glue and names the WebAssembly, both as './file'.
  const app = [...new Set([boot, ...[...readFileSync(join(dist, boot), 'utf8').matchAll(/'\.\/([^']+\.(?:js|wasm))'/g)].map((match) => match[1])])];
  const beforeReadable = brotli(Buffer.from(html)) + stylesheets.reduce((sum, name) => sum + size(name), 0);
  const appBytes = app.reduce((sum, name) => sum + size(name), 0);
  const charts = (html.match(/<svg /g) ?? []).length;
  return { beforeReadable, app: appBytes, everything: beforeReadable + appBytes, charts, files: [...stylesheets, ...app] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = overviewBytes(process.argv[2] ?? 'dist');
  const kb = (bytes) => Number((bytes / 1024).toFixed(1));
  console.log(JSON.stringify({ ...bytes, beforeReadableKB: kb(bytes.beforeReadable), appKB: kb(bytes.app), everythingKB: kb(bytes.everything) }, null, 1));
}
