// What the overview loads, in brotli bytes: what comes before the target table is readable (the
// page itself, with its styles inline; the table is in the pre-rendered HTML), everything it loads
// at first (adding the app, which starts after the first paint), and everything with ECharts, which
// loads only when a chart nears the viewport.
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
  const echarts = attribute(starter, 'data-echarts');
  // The start-up module imports the glue and names the WebAssembly, both as './file'.
  const app = [boot, ...[...readFileSync(join(dist, boot), 'utf8').matchAll(/'\.\/([^']+\.(?:js|wasm))'/g)].map((match) => match[1])];
  const beforeReadable = brotli(Buffer.from(html)) + stylesheets.reduce((sum, name) => sum + size(name), 0);
  const initial = beforeReadable + [...new Set(app)].reduce((sum, name) => sum + size(name), 0);
  return { beforeReadable, initial, withCharts: initial + size(echarts), files: [...stylesheets, ...new Set(app), echarts] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = overviewBytes(process.argv[2] ?? 'dist');
  const kb = (bytes) => Number((bytes / 1024).toFixed(1));
  console.log(JSON.stringify({ ...bytes, beforeReadableKB: kb(bytes.beforeReadable), initialKB: kb(bytes.initial), withChartsKB: kb(bytes.withCharts) }, null, 1));
}
