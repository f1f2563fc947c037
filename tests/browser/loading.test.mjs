// Load order on a phone: the page paints before the app is fetched, and ECharts is fetched only
// when a chart nears the viewport.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSite, drawCharts, openPage, openSite, waitForApp } from './harness.mjs';

/** The size of the phone Lighthouse emulates. */
const LIGHTHOUSE_PHONE = { width: 412, height: 823 };

let browser;
let server;
let url;

before(async () => ({ browser, server, url } = await openSite('/yitu/')));
after(() => closeSite({ browser, server }));

test('the overview paints before the app is fetched, and fetches ECharts only on scrolling to a gauge', async () => {
  const { page, problems } = await openPage(browser, url, LIGHTHOUSE_PHONE);
  // The order of events, not their times: each file of the app is requested in the order below, and
  // when the first (the start-up module) is requested, the starter has already recorded that it ran
  // from the browser's paint callback (`data-start="paint"` on <html>, set before the request).
  const requested = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (/^(boot|yitu|echarts)-.*\.(js|wasm)$/.test(name)) requested.push(name);
  });
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
  const app = requested.filter((name) => !name.startsWith('echarts-'));
  assert.equal(app.length, 3, `the start-up module, the glue and the WebAssembly: ${requested}`);
  assert.match(app[0], /^boot-/, `the start-up module is the app's first request: ${requested}`);
  assert.ok(!requested.some((name) => name.startsWith('echarts-')), 'no ECharts at first');

  const echarts = page.waitForRequest(/\/echarts-[0-9a-f]{16}\.js$/);
  await page.locator('#gauges-title').scrollIntoViewIfNeeded();
  await echarts;
  await drawCharts(page);
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
