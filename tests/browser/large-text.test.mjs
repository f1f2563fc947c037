// The 适老化 大字版: tap targets of 60 px, larger text and loosened lines that fit 360 px, the
// drawings' larger labels, persistence across visits, and its safety where storage throws.
// YITU_DIST=/path/to/dist serves another build than dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { largeTextOn, open, openPage, openSandboxed, settle, waitForApp, DESKTOP, DIST, PHONE, siteForTests } from './harness.mjs';

const PATHS = ['', 'indicator/1/', 'indicator/3/', 'task/1/', 'department/health/'];

/** The largest text in a chart's drawing, in CSS pixels as drawn. */
function largestChartText(page, key) {
  return page.locator(`[data-chart="${key}"] svg`).evaluate((svg) =>
    Math.max(...[...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize))),
  );
}

/**
 * The size of every standalone link and button on the page. Links inside running text (a text node
 * with words next to them, WCAG 2.5.8's inline exception) are left out.
 */
function targetSizes(page) {
  return page.evaluate(() => {
    const inSentence = (element) =>
      [...element.parentElement.childNodes].some(
        (node) => node !== element && node.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]{2}/u.test(node.textContent),
      );
    return [...document.querySelectorAll('a[href], button')]
      .filter((element) => !element.closest('.visually-hidden') && element.getClientRects().length > 0)
      .filter((element) => !inSentence(element))
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name = `${element.className || element.tagName} “${element.textContent.trim().slice(0, 16)}”`;
        return { name, width: box.width, height: box.height };
      });
  });
}

function assertTargets(sizes, minimum, where) {
  assert.ok(sizes.length > 5, `${where}: found ${sizes.length} targets`);
  const small = sizes.filter(({ width, height }) => width < minimum - 0.5 || height < minimum - 0.5);
  assert.deepEqual(
    small.map(({ name, width, height }) => `${name} ${width.toFixed(1)}×${height.toFixed(1)}`),
    [],
    `${where}: targets smaller than ${minimum}×${minimum}`,
  );
}

describe('大字版', () => {
  const site = siteForTests('/yitu/');

  test('standalone links and buttons are at least 44×44 px, 60×60 px in the 大字版', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, context, problems } = await openPage(site.browser, site.url, viewport);
      for (const path of PATHS) {
        await open(page, site.url + path);
        assertTargets(await targetSizes(page), 44, `/${path} at ${viewport.width} px`);
      }
      await open(page, site.url);
      await largeTextOn(page);
      for (const path of PATHS) {
        await open(page, site.url + path);
        await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
        assertTargets(await targetSizes(page), 60, `/${path} at ${viewport.width} px, 大字版`);
      }
      assert.deepEqual(problems(), []);
      await context.close();
    }
  });

  test('the 大字版 enlarges text, loosens lines, fits 360 px and persists across visits', async () => {
    const { page, context, problems } = await openPage(site.browser, site.url, { width: 360, height: 740 });
    await open(page, site.url);
    const toggle = page.getByRole('button', { name: '大字版', exact: true });
    assert.equal(await toggle.count(), 1);
    const box = await toggle.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `toggle ${box.width}×${box.height}`);
    const sizes = () =>
      page.evaluate(() => {
        const style = (selector) => getComputedStyle(document.querySelector(selector));
        const px = (value) => parseFloat(value);
        return {
          body: px(style('body').fontSize),
          bodyLine: px(style('body').lineHeight) / px(style('body').fontSize),
          intro: px(style('.block__intro').fontSize),
          table: px(style('.target-table td').fontSize),
          h1: px(style('h1').fontSize),
          h2: px(style('h2').fontSize),
          chipLine: px(style('.chip').lineHeight) / px(style('.chip').fontSize),
          scrollWidth: document.documentElement.scrollWidth,
          tableOverflow: document.querySelector('.table-scroll').scrollWidth - document.querySelector('.table-scroll').clientWidth,
        };
      });
    const normal = await sizes();
    await largeTextOn(page);
    const large = await sizes();
    for (const key of ['body', 'intro', 'table']) {
      assert.ok(large[key] >= 18, `${key} text is ${large[key]} px`);
    }
    assert.ok(large.h1 > large.body && large.h2 > large.body, JSON.stringify(large));
    assert.ok(large.h1 > normal.h1 && large.h2 > normal.h2, 'headings grow too');
    assert.ok(large.bodyLine >= 1.3 && large.chipLine >= 1.3, JSON.stringify(large));
    assert.ok(large.scrollWidth <= 360, `the page scrolls sideways: ${large.scrollWidth}px`);
    assert.ok(large.tableOverflow <= 0, `the target table scrolls sideways by ${large.tableOverflow}px`);
    // The charts' labels grow with the text: the app puts in the 大字版's drawings.
    assert.ok((await largestChartText(page, 'gauge-1')) >= 22, 'the gauge\'s figures are 22 px or more');
    for (const path of ['indicator/1/', 'task/1/', 'department/health/']) {
      // Remembered: the next page opens in the 大字版.
      await open(page, site.url + path);
      await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
      assert.equal(await page.locator('.text-size-toggle').getAttribute('aria-pressed'), 'true');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `/${path} scrolls sideways: ${width}px`);
      if (path === 'indicator/1/') {
        assert.ok((await largestChartText(page, 'gauge-1')) >= 22);
      }
    }
    // A returning reader gets the 大字版 from the first paint, before the app starts: the page's own
    // inline script puts it on (here the app is held back to show it).
    const held = await context.newPage();
    await held.route('**/boot-*.js', (route) => route.abort());
    await held.goto(page.url());
    assert.equal(await held.evaluate(() => document.documentElement.classList.contains('large-text')), true);
    assert.equal(await held.evaluate(() => document.documentElement.dataset.app), undefined);
    await held.close();
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
    // Switched off, it stays off.
    await page.locator('.text-size-toggle').click();
    await page.waitForFunction(() => !document.documentElement.classList.contains('large-text'));
    assert.equal(await page.locator('.text-size-toggle').getAttribute('aria-pressed'), 'false');
    await page.reload();
    await waitForApp(page);
    await settle(page);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('large-text')), false);
    assert.equal(await page.evaluate(() => localStorage.getItem('yitu:text-size')), null);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('inside <iframe sandbox="allow-scripts">, where storage throws, the 大字版 works without persisting', async () => {
    const { page, widgetUrl, errors, close } = await openSandboxed(site.browser, 'indicator/3/', DIST);
    const frame = page.frames().find((candidate) => candidate.url().startsWith(widgetUrl));
    await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    // Storage really is closed here: reading it throws.
    assert.equal(await frame.evaluate(() => { try { return typeof localStorage; } catch { return 'throws'; } }), 'throws');
    await frame.locator('.text-size-toggle').click();
    await frame.waitForFunction(() => document.documentElement.classList.contains('large-text'));
    assert.equal(await frame.locator('.text-size-toggle').getAttribute('aria-pressed'), 'true');
    await frame.locator('[data-chart] svg[data-file$="-large"]').waitFor();
    await frame.locator('.text-size-toggle').click();
    await frame.waitForFunction(() => !document.documentElement.classList.contains('large-text'));
    assert.equal(await frame.evaluate(() => document.documentElement.dataset.app), 'ready');
    assert.deepEqual(errors(), []);
    await close();
  });
});
