// The static server of `make serve` and the browser tests: sirv, which decodes request paths safely,
// serves a file only if its resolved path lies inside the folder, and serves precompressed .br/.gz
// copies where the browser accepts them. This wrapper adds only what a static host does around it:
// the widget's sub-path, 404.html for unknown paths, extra headers, and no caching.
// Usage: node tools/serve.mjs <dir> [--port N] [--prefix /sub/path/] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import sirv from 'sirv';

/** Text types that sirv sends without a charset; the widget's text files are all UTF-8. */
const TEXT_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
};

/**
 * Starts a server for the files in `dir`, under the path `prefix`; resolves to { server, url }.
 * `headers` are added to every answer (the browser tests send a Content-Security-Policy this way).
 */
export async function serve(dir, { port = 0, prefix = '/', host = '127.0.0.1', headers = {} } = {}) {
  const root = resolve(dir);
  const files = sirv(root, {
    // Looks files up at each request (sirv's "dev" mode), rather than in a list made at start: a
    // dist/ rebuilt while serving is served as it now is, and a file removed by the rebuild is a 404.
    dev: true,
    brotli: true,
    gzip: true,
    dotfiles: false,
    setHeaders(response, pathname) {
      const type = TEXT_TYPES[extname(pathname)];
      if (type) response.setHeader('Content-Type', type);
    },
    onNoMatch: (request, response) => notFound(root, request, response),
  });
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries({ 'Cache-Control': 'no-cache', ...headers })) {
      response.setHeader(name, value);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      return plain(response, 405, 'method not allowed');
    }
    const url = request.url ?? '';
    if (!url.startsWith('/')) return plain(response, 400, 'bad request');
    if (!url.startsWith(prefix)) return plain(response, 404, 'not under the widget\'s path');
    request.url = `/${url.slice(prefix.length)}`;
    // Ranges are not needed by the widget, and sirv trusts the header's figures: serve whole files.
    delete request.headers.range;
    // A file removed between sirv's look-up and its read ends that answer, not the server.
    response.on('pipe', (source) => source.on('error', () => response.destroy()));
    try {
      files(request, response);
    } catch {
      // Nothing a request holds may stop the server.
      if (response.headersSent) response.destroy();
      else plain(response, 400, 'bad request');
    }
  });
  await new Promise((done) => server.listen(port, host, done));
  const url = `http://${host}:${server.address().port}${prefix}`;
  return { server, url };
}

/** The folder's 404.html with status 404, as static hosts answer unknown paths. */
function notFound(root, request, response) {
  readFile(resolve(root, '404.html')).then(
    (body) => send(response, 404, 'text/html; charset=utf-8', body),
    () => plain(response, 404, 'not found'),
  );
}

function plain(response, status, text) {
  send(response, status, 'text/plain; charset=utf-8', text);
}

function send(response, status, type, body) {
  if (response.headersSent) return response.destroy();
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : fallback;
  };
  const dir = args[0] ?? 'dist';
  const { url } = await serve(dir, {
    port: Number(option('--port', 8080)),
    prefix: option('--prefix', '/'),
    host: option('--host', '127.0.0.1'),
  });
  console.log(`Serving ${dir}/ at ${url}  (Ctrl+C to stop)`);
}
