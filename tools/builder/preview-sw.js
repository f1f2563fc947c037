// The preview's service worker: serves the site the builder wrote in this browser under ./preview/,
// from the Cache Storage the page filled (cache "yitu-preview"), so that the preview is the real site
// with the real app, its links moving between views as on the host. A folder's address serves its
// index.html; an unknown address serves the site's 404.html with status 404, as static hosts do.
const CACHE = 'yitu-preview';
const scope = self.registration.scope;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (!url.href.startsWith(scope) || event.request.method !== 'GET') return;
  event.respondWith(answer(url));
});

async function answer(url) {
  const cache = await caches.open(CACHE);
  const path = url.origin + url.pathname + (url.pathname.endsWith('/') ? 'index.html' : '');
  const found = await cache.match(path);
  if (found) return found;
  // A folder asked for without its slash moves to it, so that the page's relative links resolve.
  if (await cache.match(`${path}/index.html`)) return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
  const missing = await cache.match(`${scope}404.html`);
  const body = missing ? await missing.blob() : '未找到';
  return new Response(body, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
