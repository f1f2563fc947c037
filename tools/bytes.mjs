// What the overview loads, in brotli bytes: everything, and what comes before the target table is
// readable (the page itself and its render-blocking stylesheets; the table is in the pre-rendered HTML).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function overviewBytes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const attribute = (tag, name) => new RegExp(`${name}="\\.?/?([^"]+)"`).exec(tag)?.[1];
  const stylesheets = [...head.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((match) => attribute(match[0], 'href'));
  const scripts = [...head.matchAll(/<script[^>]*src="[^"]*"[^>]*>/g)].map((match) => attribute(match[0], 'src'));
  const preloads = [...head.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*>/g)].map((match) => attribute(match[0], 'href'));
  const size = (name) => brotli(readFileSync(join(dist, name)));
  const beforeReadable = brotli(Buffer.from(html)) + stylesheets.reduce((sum, name) => sum + size(name), 0);
  const later = [...new Set([...scripts, ...preloads, 'echarts.min.js'])].reduce((sum, name) => sum + size(name), 0);
  return { beforeReadable, total: beforeReadable + later, files: [...stylesheets, ...scripts, ...preloads] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = overviewBytes(process.argv[2] ?? 'dist');
  console.log(JSON.stringify({ ...bytes, totalKB: bytes.total / 1024, beforeReadableKB: bytes.beforeReadable / 1024 }, null, 1));
}
