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
  const { page, context, problems } = await openPage(browser, url, LIGHTHOUSE_PHONE);
  const requests = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(url);
  await waitForApp(page);
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const resources = performance.getEntriesByType('resource').map((entry) => ({
      name: new URL(entry.name).pathname.split('/').pop(),
      start: entry.startTime,
    }));
    return { paint, resources, preloads: document.querySelectorAll('link[rel$="preload"]').length };
  });
  assert.ok(timing.paint > 0, 'the page reports its first contentful paint');
  assert.equal(timing.preloads, 0, 'nothing is preloaded ahead of the first paint');
  const app = timing.resources.filter((entry) => /^(boot|yitu)-.*\.(js|wasm)$/.test(entry.name));
  assert.equal(app.length, 3, `the start-up module, the glue and the WebAssembly: ${JSON.stringify(timing.resources)}`);
  for (const entry of app) {
    assert.ok(entry.start > timing.paint, `${entry.name} fetched at ${entry.start} ms, after the paint at ${timing.paint} ms`);
  }
  console.log(`first paint at ${timing.paint.toFixed(0)} ms; the app fetched from ${Math.min(...app.map((e) => e.start)).toFixed(0)} ms`);

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
  await context.close();
});

test('sections rendered as they near the viewport still show their banners whole, at 375 and 1280 px', async () => {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    const { page, context } = await openPage(browser, url, viewport);
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
    await context.close();
  }
});
