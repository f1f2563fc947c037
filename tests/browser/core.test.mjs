// The core widget in headless Chromium at phone size, served from a sub-path and from the root.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { closeSite, openPage, openSite, waitForApp, waitForCharts, NOT_FOUND_CONSOLE, PHONE } from './harness.mjs';

const dataset = JSON.parse(readFileSync(new URL('../../src/data/dazu-2024-16.json', import.meta.url)));
const indicators = dataset.indicators;
/** Indicators with a dial have a gauge; a target in words or assigned from above has a badge. */
const dials = indicators.filter((indicator) => !['text', 'assigned'].includes(indicator.target.kind));

/** Waits until the page has loaded and every chart on it shows its drawing, before the test moves on. */
async function settle(page) {
  await page.waitForLoadState('load');
  await waitForCharts(page);
}

for (const prefix of ['/news/2024/yitu/', '/']) {
  describe(`served from ${prefix}`, () => {
    let browser;
    let server;
    let url;

    before(async () => ({ browser, server, url } = await openSite(prefix)));
    after(() => closeSite({ browser, server }));

    test('the overview shows 10 indicator rows and a drawn gauge for each dial, with no errors', async () => {
      const { page, context, problems } = await openPage(browser, url, PHONE);
      await page.goto(url);
      await waitForApp(page);
      assert.equal(await page.locator('.target-table tbody tr').count(), indicators.length);
      await waitForCharts(page);
      assert.equal(await page.locator('.gauge-card [data-chart] svg').count(), dials.length);
      assert.equal(await page.locator('.gauge-card .target-badge').count(), indicators.length - dials.length);
      assert.equal(await page.locator('.gauge-card').count(), indicators.length);
      assert.match(await page.locator('h1').textContent(), /婴幼儿照护服务能力提升三年行动/);
      assert.match(await page.locator('.status-note').textContent(), /已结束/);
      const unpublished = indicators.filter((indicator) => indicator.results.length === 0).length;
      assert.equal(await page.locator('.progress-note--none', { hasText: '尚无公开结果' }).count(), unpublished);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= PHONE.width, `the page scrolls sideways: ${scrollWidth}px`);
      assert.deepEqual(problems(), []);
      await context.close();
    });

    test('every indicator page shows its indicator and sets the title', async () => {
      const { page, context, problems } = await openPage(browser, url, PHONE);
      for (const indicator of indicators) {
        await page.goto(`${url}indicator/${indicator.id}/`);
        await waitForApp(page);
        assert.equal(await page.locator('h1').textContent(), indicator.name);
        assert.ok((await page.title()).startsWith(indicator.name), await page.title());
        await settle(page);
      }
      assert.deepEqual(problems(), []);
      await context.close();
    });

    test('every #/indicator/N link opens that indicator and moves to its page URL', async () => {
      const { page, context, problems } = await openPage(browser, url, PHONE);
      for (const indicator of indicators) {
        await page.goto(`${url}#/indicator/${indicator.id}?initialWidth=375&childId=yitu`);
        await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, indicator.name);
        assert.ok((await page.title()).startsWith(indicator.name));
        assert.equal(new URL(page.url()).pathname, `${prefix}indicator/${indicator.id}/`);
        await settle(page);
      }
      assert.deepEqual(problems(), []);
      await context.close();
    });

    test('links route in place, and back and forward work', async () => {
      const { page, context, problems } = await openPage(browser, url, PHONE);
      await page.goto(url);
      await waitForApp(page);
      await page.locator('.target-table a', { hasText: '托位使用率' }).click();
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === '托位使用率');
      assert.equal(new URL(page.url()).pathname, `${prefix}indicator/3/`);
      await page.goBack();
      await page.waitForFunction(() => document.querySelectorAll('.target-table tbody tr').length === 10);
      assert.equal(new URL(page.url()).pathname, prefix);
      await page.goForward();
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === '托位使用率');
      assert.deepEqual(problems(), []);
      await context.close();
    });

    test('unknown views show the not-found view with a way back', async () => {
      const { page, context, problems } = await openPage(browser, url, PHONE);
      for (const path of ['#/indicator/0', '#/indicator/11', '#/department/区外交部', '#/task/99']) {
        await page.goto(url + path);
        await page.waitForFunction(() => document.querySelector('h1')?.textContent === '没有找到这个页面');
        assert.ok((await page.title()).startsWith('页面未找到'), path);
        await page.locator('a', { hasText: '返回总览' }).click();
        await page.waitForURL(url);
        await page.waitForFunction(() => document.querySelectorAll('.target-table tbody tr').length === 10);
        await settle(page);
      }
      assert.deepEqual(problems(), []);
      await context.close();
    });

    test('unknown addresses get 404.html, which stands alone at any depth', async () => {
      const { page, context, problems } = await openPage(browser, url, PHONE);
      for (const path of ['indicator/11/', 'nothing/here/at/all']) {
        const response = await page.goto(url + path);
        assert.equal(response.status(), 404);
        assert.equal(await page.locator('h1').textContent(), '没有找到这个页面');
        const color = await page.locator('.masthead').evaluate((element) => getComputedStyle(element).backgroundColor);
        assert.notEqual(color, 'rgba(0, 0, 0, 0)', 'the inline styles apply');
      }
      if (prefix === '/') {
        // Built without YITU_PUBLIC_PATH, 404.html links to the site root.
        await page.locator('a', { hasText: '返回总览' }).click();
        await page.waitForURL(url);
        await page.waitForFunction(() => document.querySelectorAll('.target-table tbody tr').length === 10);
        await settle(page);
      }
      // Chromium logs each 404 navigation itself; nothing else may go wrong.
      assert.deepEqual(problems(), [NOT_FOUND_CONSOLE, NOT_FOUND_CONSOLE]);
      await context.close();
    });

    test('with JavaScript off every page shows its own content', async () => {
      const { page, context } = await openPage(browser, url, PHONE, { javaScriptEnabled: false });
      await page.goto(url);
      assert.match(await page.locator('h1').textContent(), /婴幼儿照护服务能力提升三年行动/);
      assert.equal(await page.locator('.target-table tbody tr').count(), indicators.length);
      assert.equal(await page.locator('.matrix-table tbody tr.matrix__row').count(), 16);
      for (const indicator of indicators) {
        await page.goto(`${url}indicator/${indicator.id}/`);
        assert.equal(await page.locator('h1').textContent(), indicator.name);
        assert.ok((await page.title()).startsWith(indicator.name));
      }
      const tasks = dataset.sections.flatMap((section) => section.tasks);
      for (const task of tasks) {
        await page.goto(`${url}task/${task.id}/`);
        assert.equal(await page.locator('h1').textContent(), task.text.split('。')[0]);
      }
      for (const department of dataset.departments) {
        await page.goto(`${url}department/${department.slug}/`);
        assert.equal(await page.locator('h1').textContent(), department.name);
      }
      await context.close();
    });

    test('the CSV downloads are linked and open as UTF-8 with a BOM', async () => {
      const { page, context } = await openPage(browser, url, PHONE);
      await page.goto(url);
      for (const [name, header] of [
        // Text cells are quoted (src/site/csv.rs), figures bare.
        ['indicators.csv', '"序号","指标","单位","2022年","2025年","属性"'],
        ['tasks.csv', '"序号","板块","重点任务","牵头单位","责任单位"'],
      ]) {
        const href = await page.locator(`a[download="${name}"]`).evaluate((a) => a.href);
        const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
        assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], `${name} starts with a BOM`);
        assert.equal(new TextDecoder().decode(bytes.slice(3)).split('\r\n')[0], header);
      }
      await context.close();
    });
  });
}
