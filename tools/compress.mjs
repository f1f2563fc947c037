// Writes precompressed .br and .gz copies of dist/'s text assets, for hosts that serve them as they are.
// Images (the cards' PNG) and the workbook are compressed already and get no copies.
// Usage: node tools/compress.mjs <dir>
// Prints a summary on stdout and the time it took on stderr, as `timing: compress <seconds>`.
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|csv|json|txt)$/;
// Brotli's best quality, 11, compresses a page at about 0.65 MB/s on one core; quality 9, at about
// 4 MB/s, for about 7 % more bytes (measured on the overview's page). 11 is kept while a site's text
// is up to QUALITY_11_BYTES (the plan's is about 2.2 MiB); a larger site, such as a generated plan of
// 120 indicators (about 19 MiB, mostly its pages), takes quality 9, so that it is compressed in
// seconds rather than half a minute.
const QUALITY_11_BYTES = 8 * 1024 * 1024;
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// A file whose copies are there and no older than it is done already: the app's own files are
// compressed once, by `make app`, and copied into every site with their times kept (tools/site.sh).
function isDone(path) {
  const time = statSync(path).mtimeMs;
  return ['br', 'gz'].every((kind) => {
    try {
      return statSync(`${path}.${kind}`).mtimeMs >= time;
    } catch {
      return false;
    }
  });
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name) && !isDone(path)) yield path;
  }
}

// Both copies of one file. zlib's asynchronous calls run on libuv's worker threads, so that files
// are compressed on every core at once rather than one after another on the main thread.
async function compress(path, quality) {
  const bytes = await readFile(path);
  const [br, gz] = await Promise.all([
    brotliAsync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
    gzipAsync(bytes, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
  return { raw: bytes.length, brotli: br.length };
}

const start = performance.now();
// The largest files first, so that the last to finish is a small one and no core waits long.
const paths = [...files(process.argv[2] ?? 'dist')]
  .map((path) => ({ path, size: statSync(path).size }))
  .sort((a, b) => b.size - a.size);
const total = paths.reduce((sum, { size }) => sum + size, 0);
const quality = total <= QUALITY_11_BYTES ? 11 : 9;
const results = await Promise.all(paths.map(({ path }) => compress(path, quality)));
const raw = results.reduce((sum, result) => sum + result.raw, 0);
const brotli = results.reduce((sum, result) => sum + result.brotli, 0);
console.log(`compress: ${results.length} files, ${(raw / 1024).toFixed(0)} KiB → ${(brotli / 1024).toFixed(0)} KiB brotli (quality ${quality})`);
console.error(`timing: compress ${((performance.now() - start) / 1000).toFixed(3)}`);
