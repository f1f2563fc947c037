// Load order on a phone: the page paints before the app is fetched, and its charts are in the page:
// no chart library is fetched, however far the reader scrolls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSite, isChartLibrary, openPage, openSite, waitForApp, waitForCharts } from './harness.mjs';

/** The size of the phone Lighthouse emulates. */
const LIGHTHOUSE_PHONE = { width: 412, height: 823 };

let browser;
let server;
let url;

before(async () => ({ browser, server, url } = await openSite('/yitu/')));
after(() => closeSite({ browser, server }));

test('the overview paints before the app is fetched, and no chart library is fetched on scrolling to the end', async () => {
  const { page, problems } = await openPage(browser, url, LIGHTHOUSE_PHONE);
  // The order of events, not their times: each file of the app is requested in the order below, and
  // when the first (the start-up module) is requested, the starter has already recorded that it ran
  // from the browser's paint callback (`data-start="paint"` on <html>, set before the request).
  const requests = [];
  page.on('request', (request) => requests.push(request));
  const startedBy = [];
  await page.route(/\/boot-[0-9a-f]{16}\.js$/, async (route) => {
    startedBy.push(await page.evaluate(() => document.documentElement.dataset.start ?? 'not started'));
    await route.continue();
  });
  await page.goto(url);
  await waitForApp(page);
  const head = await page.evaluate(() => ({
    paints: performance.getEntriesByName('first-contentful-paint').length,
    preloads: document.querySelectorAll('link[rel$="preload"]').length,
    startedBy: document.documentElement.dataset.start,
  }));
  assert.equal(head.paints, 1, 'the page reports its first contentful paint');
  assert.equal(head.preloads, 0, 'nothing is preloaded ahead of the first paint');
  assert.deepEqual(startedBy, ['paint'], 'the start-up module was requested once, after the paint callback ran');
  assert.equal(head.startedBy, 'paint');
  const app = requests
    .map((request) => new URL(request.url()).pathname.split('/').pop())
    .filter((name) => /^(boot|yitu)-.*\.(js|wasm)$/.test(name));
  assert.equal(app.length, 3, `the start-up module, the glue and the WebAssembly: ${app}`);
  assert.match(app[0], /^boot-/, `the start-up module is the app's first request: ${app}`);

  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
  await waitForCharts(page);
  assert.deepEqual(requests.filter(isChartLibrary).map((request) => request.url()), []);
  assert.deepEqual(requests.filter((request) => request.url().includes('/charts/')).map((request) => request.url()), [], 'the drawings are in the page');
  assert.deepEqual(problems(), []);
});

test('sections rendered as they near the viewport still show their banners whole, at 375 and 1280 px', async () => {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    const { page } = await openPage(browser, url, viewport);
    for (const path of ['', 'department/health/', 'indicator/9/']) {
      await page.goto(url + path);
      await waitForApp(page);
      // A banner reaches out of its section; a point just inside its left edge must hit the banner.
      const clipped = await page.evaluate(async () => {
        const found = [];
        for (const banner of document.querySelectorAll('.section-banner')) {
          banner.scrollIntoView({ block: 'center' });
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const box = banner.getBoundingClientRect();
          if (!banner.contains(document.elementFromPoint(box.left + 2, box.top + box.height / 2))) {
            found.push(banner.textContent);
          }
        }
        return found;
      });
      assert.deepEqual(clipped, [], `${viewport.width} px, ${path || 'overview'}`);
    }
  }
});

// Every size and weight of the font that the first layout meets costs the browser a font lookup and
// a new set of glyphs before anything paints: on the overview, 16 of them made up about half of its
// first layout (README, "Performance"). The stylesheet keeps to two weights and a short scale of
// sizes; this counts what the first layout of each kind of page meets, text skipped by
// `content-visibility: auto` left out (it is laid out as the reader scrolls to it).
const FIRST_LAYOUT_FONTS = 8;

test(`the first layout of each kind of page meets at most ${FIRST_LAYOUT_FONTS} font sizes and weights, and the pages use two weights`, async () => {
  for (const viewport of [LIGHTHOUSE_PHONE, { width: 1280, height: 800 }]) {
    const { page } = await openPage(browser, url, viewport);
    for (const path of ['', 'indicator/3/', 'department/health/', 'task/1/']) {
      await page.goto(url + path);
      await waitForApp(page);
      const fonts = await page.evaluate(() => {
        const firstLayout = new Set();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const element = text.parentElement;
          if (!text.textContent.trim() || element.closest('svg')) continue;
          if (!element.checkVisibility({ contentVisibilityAuto: true })) continue;
          const style = getComputedStyle(element);
          firstLayout.add(`${style.fontSize} ${style.fontWeight}`);
        }
        const weights = new Set([...document.querySelectorAll('body *')].map((element) => getComputedStyle(element).fontWeight));
        return { firstLayout: [...firstLayout].sort(), weights: [...weights].sort() };
      });
      const where = `${viewport.width} px, ${path || 'overview'}`;
      assert.ok(fonts.firstLayout.length >= 4, `${where}: the page's text is found: ${fonts.firstLayout}`);
      assert.ok(fonts.firstLayout.length <= FIRST_LAYOUT_FONTS, `${where}: ${fonts.firstLayout.length} sizes and weights: ${fonts.firstLayout.join(', ')}`);
      assert.deepEqual(fonts.weights, ['400', '700'], `${where}: weights`);
    }
  }
});
