// The builder's service worker. Under ./preview/ it serves the site the builder wrote in this browser,
// from the Cache Storage the page filled (cache "yitu-preview"), so that the preview is the real site
// with the real app, its links moving between views as on the host: a folder's address serves its
// index.html, an unknown address the site's 404.html with status 404, as static hosts do.
// Everything else of the builder is fetched from the network and kept (cache "yitu-builder"), so that
// the builder also opens, and works, with no connection once it has been loaded.
const PREVIEW = 'yitu-preview';
const BUILDER = 'yitu-builder';
const preview = new URL('./preview/', self.registration.scope).href;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(url.href.startsWith(preview) ? fromPreview(url) : fromNetwork(event.request));
});

async function fromPreview(url) {
  const cache = await caches.open(PREVIEW);
  const path = url.origin + url.pathname + (url.pathname.endsWith('/') ? 'index.html' : '');
  const found = await cache.match(path);
  if (found) return found;
  // A folder asked for without its slash moves to it, so that the page's relative links resolve.
  if (await cache.match(`${path}/index.html`)) return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
  const missing = await cache.match(`${preview}404.html`);
  const body = missing ? await missing.blob() : '未找到';
  return new Response(body, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

// The network's answer, kept for later; the kept one when there is no network.
async function fromNetwork(request) {
  const cache = await caches.open(BUILDER);
  try {
    const answer = await fetch(request);
    if (answer.ok) await cache.put(request, answer.clone());
    return answer;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw error;
  }
}
