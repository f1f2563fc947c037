// `make serve` under hostile requests: tools/serve.mjs, started as `make serve` starts it, is sent
// raw requests (so that no client normalises their paths) that try to leave the served folder, break
// its decoding or its parser, or use other methods. After each one the server must still answer a
// plain request, and it must never send a byte of a file outside the folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const SERVER = new URL('../tools/serve.mjs', import.meta.url).pathname;

/** Statuses a hostile request may get: refused, not found, wrong method, too long. */
const REFUSALS = [400, 404, 405, 414, 431];

// The served folder `site/`, a sibling whose name starts with it, and a file beside both.
const root = mkdtempSync(join(tmpdir(), 'yitu-serve-'));
const secret = `SECRET-${randomBytes(12).toString('hex')}`;
const outside = `OUTSIDE-${randomBytes(12).toString('hex')}`;
const site = join(root, 'site');
const files = {
  'index.html': `<!doctype html><title>首页</title><p>index ${randomBytes(6).toString('hex')}</p>`,
  '404.html': '<!doctype html><title>未找到</title><p>没有找到这个页面</p>',
  'app.js': 'console.log("app");',
  'sub/index.html': '<!doctype html><p>sub</p>',
  'sub/data.csv': '\ufeff序号,名称\r\n1,一\r\n',
};

let servers = [];

before(async () => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(site, name, '..'), { recursive: true });
    writeFileSync(join(site, name), text);
  }
  writeFileSync(join(site, 'app.js.br'), brotliCompressSync(files['app.js']));
  mkdirSync(join(root, 'site-secret'));
  writeFileSync(join(root, 'site-secret', 'key.txt'), secret);
  writeFileSync(join(root, 'site-secret.txt'), secret);
  writeFileSync(join(root, 'outside.txt'), outside);
  servers = [await start('/'), await start('/yitu/')];
});

after(() => {
  for (const { child } of servers) child.kill();
  rmSync(root, { recursive: true, force: true });
});

/** Starts `node tools/serve.mjs site --port 0 --prefix <prefix>`; resolves once it listens. */
function start(prefix) {
  const child = spawn(process.execPath, [SERVER, site, '--port', '0', '--prefix', prefix], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) resolve({ child, prefix, port: Number(match[1]) });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code} before listening: ${out}`)));
  });
}

/**
 * Sends `head` (a request line and headers, or any bytes) to 127.0.0.1:port over a raw socket and
 * resolves to { status, headers, body } (status 0 if the server closed without an answer).
 */
function raw(port, head) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(30_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(head.slice(0, 120))}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    // A server that resets the connection while a long request is still being written has answered.
    socket.on('error', (error) => (['ECONNRESET', 'EPIPE'].includes(error.code) ? finish() : reject(error)));
    socket.on('end', finish);
    socket.write(head);
    function finish() {
      const response = Buffer.concat(chunks);
      const split = response.indexOf('\r\n\r\n');
      const headText = response.subarray(0, split < 0 ? response.length : split).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headText)?.[1] ?? 0);
      const headers = Object.fromEntries(
        headText.split('\r\n').slice(1).map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      const body = split < 0 ? Buffer.alloc(0) : response.subarray(split + 4);
      resolve({ status, headers, body: headers['transfer-encoding'] === 'chunked' ? unchunk(body) : body, response });
    }
  });
}

/** The body of a chunked answer. */
function unchunk(body) {
  const parts = [];
  let at = 0;
  for (;;) {
    const line = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, line).toString('latin1'), 16);
    if (line < 0 || !(size > 0)) return Buffer.concat(parts);
    parts.push(body.subarray(line + 2, line + 2 + size));
    at = line + 2 + size + 2;
  }
}

/** A request with `method` for `target`, exactly as written. */
function request(method, target, extra = '') {
  return `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`;
}

/** The ways to write `../` that a server might decode into a step out of its folder. */
const UP = [
  '../', '..%2f', '..%2F', '%2e%2e/', '%2E%2E/', '%2e%2e%2f', '%2E%2e%2F', '.%2e/', '%2e./', '%252e%252e/',
  '%252e%252e%252f', '..%252f', '..%5c', '..%5C', '..\\', '%2e%2e%5c', '%c0%ae%c0%ae/', '%c0%ae%c0%ae%c0%af',
  '%e0%80%ae%e0%80%ae/', '..%c0%af', '..%c1%9c', '....//', '..;/', '.../', '%u002e%u002e/', '..%00/',
];

/** Where the bytes outside the folder are, as seen from the folder. */
const TARGETS = ['site-secret/key.txt', 'site-secret%2fkey.txt', 'site-secret.txt', 'outside.txt'];

function hostileTargets() {
  const targets = [];
  for (const up of UP) {
    for (const target of TARGETS) targets.push(`/${up}${target}`);
    targets.push(`/sub/${up}${up}site-secret/key.txt`);
    targets.push(`/${up.repeat(12)}${root.slice(1)}/outside.txt`);
  }
  const absolute = `${root}/site-secret/key.txt`;
  targets.push(
    `/${absolute}`, `/${encodeURIComponent(absolute)}`, `/${absolute.replaceAll('/', '%5c')}`,
    `/%2f${root.slice(1)}/outside.txt`, `/index.html/../../site-secret/key.txt`, `/.%2e/.%2e/etc/passwd`,
    `/${'../'.repeat(20)}etc/passwd`, `/file:${absolute}`,
    // NUL and control characters, encoded (raw ones are in RAW below).
    '/index.html%00', '/index.html%00.js', '/%00', '/..%00/site-secret/key.txt', '/%0d%0aSet-Cookie:%20a=b',
    ...Array.from({ length: 32 }, (_, code) => `/app.js%${code.toString(16).padStart(2, '0')}`), '/%7f',
    // Overlong and invalid UTF-8.
    '/%E5', '/%e5%a4', '/%ff', '/%fe%ff', '/%c0%80', '/%c0%af', '/%ed%a0%80', '/%f8%88%80%80%80', '/%', '/%zz',
    '/index%2ehtml', '/INDEX.HTML', '/.%2fapp.js',
    // Dot files and a path of 100 KB.
    '/.env', '/.git/config', `/${'a'.repeat(100_000)}`, `/${'%2e%2e/'.repeat(15_000)}`,
  );
  return targets;
}

/** Raw requests that break HTTP itself: control bytes in the request line, odd targets. */
const RAW = [
  'GET /index.html\0 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
  'GET /\x01\x02 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
  'GET /a\tb HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
  'GET /\x7f HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
  'GET http://127.0.0.1/../site-secret/key.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
  'GET * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
  'GET ../site-secret/key.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Bad: a\0b\r\nConnection: close\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=9-2\r\nConnection: close\r\n\r\n',
  'GET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes=99999999999999999999-\r\nConnection: close\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: br, gzip\r\nIf-None-Match: *\r\nConnection: close\r\n\r\n',
  'GARBAGE\r\n\r\n',
  'GET / HTTP/9.9\r\n\r\n',
];

/** Every file of the folder, as served: a 2xx answer must be one of these, whole. */
function servedFiles() {
  const bodies = Object.keys(files).map((name) => readFileSync(join(site, name)));
  bodies.push(readFileSync(join(site, 'app.js.br')));
  return bodies;
}

/** The server still answers a plain request with the folder's index.html. */
async function assertStillUp(server, after) {
  assert.equal(server.child.exitCode, null, `the server exited after ${after}`);
  const { status, body } = await raw(server.port, request('GET', server.prefix));
  assert.equal(status, 200, `a plain request after ${after}`);
  assert.equal(body.toString(), files['index.html'], `index.html after ${after}`);
}

function assertHarmless(answer, what, method = 'GET') {
  const text = answer.response.toString('latin1');
  assert.ok(!text.includes(secret), `${what} sent the sibling folder's file`);
  assert.ok(!text.includes(outside), `${what} sent a file outside the folder`);
  if (answer.status >= 200 && answer.status < 300) {
    if (method === 'HEAD') return assert.equal(answer.body.length, 0, `${what} has no body`);
    assert.ok(
      servedFiles().some((file) => file.equals(answer.body)),
      `${what} answered ${answer.status} with something that is not a file of the folder`,
    );
  } else {
    assert.ok(REFUSALS.includes(answer.status), `${what} answered ${answer.status}`);
  }
}

test('at least 200 hostile requests, each refused or answered from the folder, and the server stays up', async () => {
  const targets = hostileTargets();
  let sent = 0;
  for (const server of servers) {
    for (const target of targets) {
      // With the server's prefix, and (where it has one) without.
      const forms = server.prefix === '/' ? [target] : [server.prefix.slice(0, -1) + target, target];
      for (const form of forms) {
        for (const method of ['GET', 'HEAD']) {
          const what = `${method} ${form.slice(0, 80)} (prefix ${server.prefix})`;
          const answer = await raw(server.port, request(method, form));
          assertHarmless(answer, what, method);
          if (method === 'HEAD') assert.equal(answer.body.length, 0, `${what} has no body`);
          sent += 1;
          await assertStillUp(server, what);
        }
      }
    }
    for (const bytes of RAW) {
      const what = `raw ${JSON.stringify(bytes.slice(0, 60))} (prefix ${server.prefix})`;
      assertHarmless(await raw(server.port, bytes), what);
      sent += 1;
      await assertStillUp(server, what);
    }
  }
  assert.ok(sent >= 200, `${sent} hostile requests`);
});

test('only GET and HEAD: other methods get 405, with or without the prefix', async () => {
  for (const server of servers) {
    for (const method of ['POST', 'OPTIONS', 'PUT', 'DELETE', 'PATCH', 'TRACE']) {
      for (const target of [server.prefix, `${server.prefix}index.html`, `${server.prefix}..%2fsite-secret/key.txt`, '/nowhere']) {
        const what = `${method} ${target}`;
        const body = method === 'POST' || method === 'PUT' ? 'Content-Length: 4\r\n' : '';
        const answer = await raw(server.port, request(method, target, body) + (body ? 'data' : ''));
        assert.equal(answer.status, 405, what);
        assert.equal(answer.headers.allow, 'GET, HEAD', what);
        assertHarmless(answer, what);
        await assertStillUp(server, what);
      }
    }
  }
});

test('real files are served, precompressed where accepted, and unknown paths get 404.html', async () => {
  const [plain, prefixed] = servers;
  for (const server of servers) {
    const file = await raw(server.port, request('GET', `${server.prefix}sub/data.csv`));
    assert.equal(file.status, 200);
    assert.equal(file.headers['content-type'], 'text/csv; charset=utf-8');
    assert.equal(file.headers['cache-control'], 'no-cache');
    assert.equal(file.body.toString(), files['sub/data.csv']);
    const page = await raw(server.port, request('GET', `${server.prefix}sub/`));
    assert.equal(page.body.toString(), files['sub/index.html']);
    const head = await raw(server.port, request('HEAD', `${server.prefix}app.js`));
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0, 'HEAD has no body');
    const br = await raw(server.port, request('GET', `${server.prefix}app.js`, 'Accept-Encoding: gzip, br\r\n'));
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(br.body.equals(readFileSync(join(site, 'app.js.br'))));
    const missing = await raw(server.port, request('GET', `${server.prefix}nowhere/`));
    assert.equal(missing.status, 404);
    assert.equal(missing.body.toString(), files['404.html']);
  }
  const outsidePrefix = await raw(prefixed.port, request('GET', '/index.html'));
  assert.equal(outsidePrefix.status, 404, 'a path outside the prefix');
  assert.equal((await raw(plain.port, request('GET', '/yitu/index.html'))).status, 404);
});
