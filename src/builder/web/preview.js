// The live preview: the site's files are put in this browser's Cache Storage under ./preview/, where
// the builder's service worker (sw.js) serves them, and an iframe shows them at phone or
// desktop width. These are the real pages with the real app; their links move between views.
const CACHE = 'yitu-preview';
const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  wasm: 'application/wasm',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  webmanifest: 'application/manifest+json',
};
const base = new URL('./preview/', import.meta.url);
const frame = document.getElementById('preview');
const views = document.getElementById('view');

/** Registers the builder's service worker; resolves once it serves ./preview/. */
export async function startPreview() {
  if (!('serviceWorker' in navigator)) throw new Error('这个浏览器不支持预览（缺少 Service Worker），请换用新版的 Chrome、Edge、Firefox 或 Safari');
  await navigator.serviceWorker.register(new URL('./sw.js', import.meta.url), { scope: new URL('./', import.meta.url).href });
  await navigator.serviceWorker.ready;
}

// A page's title, read as text from its <title> (never put into this page as markup).
function titleOf(html) {
  const found = /<title>([^<]*)<\/title>/.exec(html);
  return found ? new DOMParser().parseFromString(`<title>${found[1]}</title>`, 'text/html').title : '';
}

// The view's address under ./preview/ for a page's path: `indicator/3/index.html` → `indicator/3/`.
const viewOf = (path) => path.replace(/index\.html$/, '');

/** Puts the site's files where the preview serves them, lists its views, and shows `view` (or the overview). */
export async function showSite(files, view) {
  const cache = await caches.open(CACHE);
  const stale = new Set((await cache.keys()).map((request) => request.url));
  const decoder = new TextDecoder();
  const listed = [];
  await Promise.all(
    Object.entries(files).map(([path, bytes]) => {
      const type = TYPES[path.split('.').pop()] ?? 'application/octet-stream';
      // A view is a page that carries the plan's index (the long image's page is not one).
      if (path.endsWith('index.html')) {
        const page = decoder.decode(bytes);
        if (page.includes('id="plan-index"')) listed.push([viewOf(path), titleOf(page)]);
      }
      stale.delete(new URL(path, base).href);
      return cache.put(new URL(path, base), new Response(bytes, { headers: { 'Content-Type': type } }));
    }),
  );
  // The last site's files that this one does not have go only now, so that a page still open keeps working.
  await Promise.all([...stale].map((url) => cache.delete(url)));
  listed.sort(([a], [b]) => a.split('/').length - b.split('/').length || a.localeCompare(b, 'en', { numeric: true }));
  views.replaceChildren(
    ...listed.map(([path, title]) => {
      const option = document.createElement('option');
      option.value = path;
      option.textContent = path ? title || '页面' : `首页：${title || '一图读懂'}`;
      return option;
    }),
  );
  const shown = listed.some(([path]) => path === view) ? view : '';
  views.value = shown;
  await open(shown);
  return listed.length;
}

// Opens a view in the iframe and resolves once it has loaded.
function open(view) {
  return new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = new URL(view, base).href;
  });
}

/** The view the iframe shows now, as its path under ./preview/. */
export function shownView() {
  try {
    const path = frame.contentWindow.location.pathname;
    return path.startsWith(base.pathname) ? viewOf(path.slice(base.pathname.length)) : '';
  } catch {
    return '';
  }
}

views.addEventListener('change', () => open(views.value));

/** Shows a view (`indicator/3/`, `''` for the overview) in the preview, and the preview itself. */
export async function showView(view) {
  if (![...views.options].some((option) => option.value === view)) return;
  views.value = view;
  frame.closest('section').scrollIntoView({ block: 'start' });
  await open(view);
}
// A link followed inside the preview moves the list to its view: on a page load, and when the app
// moves between views without one (it changes the frame's address; a check twice a second sees it).
function follow() {
  const view = shownView();
  if (view !== views.value && [...views.options].some((option) => option.value === view)) views.value = view;
}
frame.addEventListener('load', follow);
setInterval(follow, 500);
// The preview keeps the chosen width (375 or 1280 px) and is scaled down to fit where there is less room.
const box = frame.closest('.frame');
function fit() {
  const scale = Math.min(1, box.clientWidth / Number(frame.width));
  frame.style.transform = scale < 1 ? `scale(${scale})` : '';
  frame.style.marginLeft = scale < 1 ? '0' : '';
  box.style.height = `${Math.ceil(Number(frame.height) * scale) + 2}px`;
}
for (const radio of document.querySelectorAll('input[name="width"]')) {
  radio.addEventListener('change', () => {
    frame.width = radio.value;
    fit();
  });
}
new ResizeObserver(fit).observe(box);
