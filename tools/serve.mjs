// A small static server for dist/, for `make serve` and the browser tests.
// Usage: node tools/serve.mjs <dir> [--port N] [--prefix /sub/path/] [--host 127.0.0.1]
// Unknown paths get 404.html with status 404, as static hosts do.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts a server; resolves to { server, url }. */
export async function serve(dir, { port = 0, prefix = '/', host = '127.0.0.1', headers = {} } = {}) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (!path.startsWith(prefix)) {
      return send(response, 404, 'text/plain; charset=utf-8', 'not under the widget\'s path', headers);
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      return send(response, 403, 'text/plain; charset=utf-8', 'forbidden', headers);
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Precompressed copies (tools/compress.mjs), where the browser accepts them.
      const accepted = String(request.headers['accept-encoding'] ?? '');
      for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accepted.includes(encoding)) continue;
        const body = await readFile(file + suffix).catch(() => null);
        if (body) {
          return send(response, 200, type, body, { ...headers, 'Content-Encoding': encoding, Vary: 'Accept-Encoding' });
        }
      }
      const body = await readFile(file);
      send(response, 200, type, body, headers);
    } catch {
      try {
        send(response, 404, TYPES['.html'], await readFile(join(root, '404.html')), headers);
      } catch {
        send(response, 404, 'text/plain; charset=utf-8', 'not found', headers);
      }
    }
  });
  await new Promise((done) => server.listen(port, host, done));
  const url = `http://${host}:${server.address().port}${prefix}`;
  return { server, url };
}

function send(response, status, type, body, headers) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...headers });
  response.end(body);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : fallback;
  };
  const { url } = await serve(args[0] ?? 'dist', {
    port: Number(option('--port', 8080)),
    prefix: option('--prefix', '/'),
    host: option('--host', '127.0.0.1'),
  });
  console.log(`Serving dist/ at ${url}  (Ctrl+C to stop)`);
}
