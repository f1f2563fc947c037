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
  const { page, context, problems } = await openPage(browser, url, LIGHTHOUSE_PHONE);
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
  assert.ok(!timing.resources.some((entry) => entry.name.startsWith('echarts-')), 'no ECharts at first');
  console.log(`first paint at ${timing.paint.toFixed(0)} ms; the app fetched from ${Math.min(...app.map((e) => e.start)).toFixed(0)} ms`);

  const echarts = page.waitForRequest(/\/echarts-[0-9a-f]{16}\.js$/);
  await page.locator('#gauges-title').scrollIntoViewIfNeeded();
  await echarts;
  await drawCharts(page);
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
