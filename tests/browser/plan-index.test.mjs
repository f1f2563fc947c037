// The plan's index in each page is input: the app reads it, checks it, and without a usable one
// leaves the page as it was written. A hostile index runs nothing and adds no element.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, siteForTests, waitForApp, PHONE } from './harness.mjs';

const BLOCK = /<script type="application\/json" id="plan-index">[^<]*<\/script>/;

/** Opens `path` with its page's index block replaced by `block` (text, or '' for none). */
async function openWithIndex(site, path, block) {
  const opened = await openPage(site.browser, site.url, PHONE);
  await opened.page.route(`${site.url}${path}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    assert.match(html, BLOCK, 'the built page has an index block');
    await route.fulfill({ response, body: html.replace(BLOCK, block) });
  });
  await opened.page.addInitScript(() => {
    window.dialogs = 0;
    window.alert = () => { window.dialogs += 1; };
  });
  opened.page.on('dialog', (dialog) => dialog.dismiss());
  await opened.page.goto(`${site.url}${path}`);
  return opened;
}

const block = (json) => `<script type="application/json" id="plan-index">${json}</script>`;

describe('the plan index', () => {
  const site = siteForTests('/yitu/');

  test('the app starts from the index the page carries', async () => {
    const { page, problems } = await openPage(site.browser, site.url, PHONE);
    await page.goto(`${site.url}indicator/5/`);
    await waitForApp(page);
    const masthead = await page.locator('.masthead__title').textContent();
    const index = JSON.parse(await page.locator('#plan-index').textContent());
    assert.equal(masthead.trim(), index.short_title);
    // A move in the app works: the index names task 1.
    await page.locator('a[href="task/1/"]').first().click();
    await page.waitForFunction(() => location.pathname.endsWith('/task/1/'));
    assert.deepEqual(problems(), []);
  });

  for (const [name, replacement] of [
    ['missing', ''],
    ['not JSON', block('{"short_title": ')],
    ['of another shape', block('{"short_title": 1, "indicators": "all"}')],
    ['with a slug that would be markup', block(JSON.stringify({
      short_title: 't', number: 'n', indicators: [1], tasks: [1],
      departments: [['a"><img src=x onerror=alert(1)>', '部门']],
    }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e'))],
  ]) {
    test(`an index ${name} leaves the written page working, and runs nothing`, async () => {
      const { page, problems } = await openWithIndex(site, 'indicator/5/', replacement);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'no-index');
      assert.equal(await page.evaluate(() => window.dialogs), 0);
      assert.equal(await page.locator('img[src="x"]').count(), 0);
      // The page is as written: its heading, its drawing, and a link that loads the next page.
      assert.equal(await page.locator('h1').count(), 1);
      assert.ok(await page.locator('[data-chart="gauge-5"] svg').count() > 0);
      await page.locator('a[href="task/1/"]').first().click();
      await page.waitForURL(/\/task\/1\/$/);
      assert.equal(await page.locator('h1').count(), 1);
      assert.deepEqual(problems(), []);
    });
  }

  test('hostile words in a well-formed index are shown as text', async () => {
    const words = '<img src=x onerror=alert(1)>大足';
    const json = JSON.stringify({
      short_title: words, number: '</script><script>alert(2)</script>', indicators: [5], tasks: [1],
      departments: [['health', '区卫生健康委']],
    }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    const { page, problems } = await openWithIndex(site, 'indicator/5/', block(json));
    await waitForApp(page);
    assert.equal((await page.locator('.masthead__title').textContent()).trim(), words);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(await page.evaluate(() => window.dialogs), 0);
    assert.deepEqual(problems(), []);
  });
});
