// Accessibility (GB/T 37668, WCAG 2.1 AA): axe in light, dark and large text at phone and desktop
// sizes, keyboard use, screen-reader text, reduced motion and 200 % zoom. The 大字版's own tests are
// in large-text.test.mjs. YITU_DIST=/path/to/dist serves another build than dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { largeTextOn, open, openPage, settle, PHONE, DESKTOP, siteForTests } from './harness.mjs';

const dataset = JSON.parse(readFileSync(new URL('../../src/data/dazu-2024-16.json', import.meta.url)));
const PATHS = ['', 'indicator/1/', 'indicator/3/', 'task/1/', 'department/health/'];
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The charts' text colour in each scheme (src/charts/palette.rs), as computed styles give it. */
const CHART_TEXT = { light: 'rgb(27, 36, 48)', dark: 'rgb(232, 237, 243)' };

describe('accessibility', () => {
  const site = siteForTests('/yitu/');

  for (const mode of ['light', 'dark', 'large']) {
    for (const viewport of [PHONE, DESKTOP]) {
      test(`axe finds no WCAG 2.1 A/AA violation, ${mode}, ${viewport.width}×${viewport.height}`, async () => {
        const colorScheme = mode === 'dark' ? 'dark' : 'light';
        const { page, context, problems } = await openPage(site.browser, site.url, viewport, { colorScheme });
        for (const [index, path] of PATHS.entries()) {
          await open(page, site.url + path);
          if (mode === 'large') {
            // Switched on once, the 大字版 holds on every later page.
            if (index === 0) await largeTextOn(page);
            await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
            await settle(page);
          }
          assert.equal(await page.locator('h1').count(), 1, `${path}: one h1`);
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
          const found = violations.flatMap((violation) =>
            violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary}`),
          );
          assert.deepEqual(found, [], `/${path} (${mode}, ${viewport.width} px)`);
        }
        assert.deepEqual(problems(), []);
        await context.close();
      });
    }
  }

  test('views have landmarks, one h1, gauges in words, a real matrix table and charts as labelled images', async () => {
    const { page, context, problems } = await openPage(site.browser, site.url, PHONE);
    for (const path of [...PATHS, 'task/13/', 'department/taxation/']) {
      await open(page, site.url + path);
      assert.equal(await page.locator('h1').count(), 1, path);
      assert.equal(await page.locator('header.masthead').count(), 1, path);
      assert.equal(await page.locator('main#main').count(), 1, path);
      assert.equal(await page.locator('footer.site-footer').count(), 1, path);
    }
    await open(page, site.url);
    // Every chart is an image with its sentence; its drawing says nothing of its own.
    assert.equal(
      await page.locator('[data-chart="gauge-1"]').getAttribute('aria-label'),
      '每千人口拥有3岁以下婴幼儿托位数：2022年2个，2025年目标达到4.5个，预期性指标；尚无公开结果',
    );
    for (const indicator of dataset.indicators) {
      const chart = page.locator(`[data-chart="gauge-${indicator.id}"]`);
      assert.equal(await chart.getAttribute('role'), 'img');
      assert.ok((await chart.getAttribute('aria-label')).startsWith(`${indicator.name}：`), indicator.name);
      // The drawing inside is the image the label describes; it says nothing of its own.
      assert.equal(await chart.locator('svg[aria-label], svg title').count(), 0);
    }
    assert.match(await page.locator('[data-chart="department-bars"]').getAttribute('aria-label'), /^各单位牵头和参与/);
    // The matrix: a caption, a column header per department, a row header per task, marks as text.
    const matrix = page.locator('#matrix-scroll table');
    assert.match(await matrix.locator('caption').textContent(), /重点任务分工表/);
    assert.equal(await matrix.locator('thead th[scope="col"]').count(), dataset.departments.length + 2);
    const tasks = dataset.sections.flatMap((section) => section.tasks);
    assert.equal(await matrix.locator('tbody th[scope="row"]').count(), tasks.length);
    const marks = await matrix.locator('tbody td .mark').allTextContents();
    assert.equal(marks.length, tasks.reduce((sum, task) => sum + task.lead.length + task.responsible.length, 0));
    assert.ok(marks.every((mark) => mark === '牵头' || mark === '责任'), marks.join());
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('the live region is empty as served and announces the new view after in-app navigation', async () => {
    const served = await (await fetch(`${site.url}indicator/3/`)).text();
    assert.match(served, /<p id="route-announcer"[^>]* aria-live="polite"[^>]*><\/p>/);
    const { page, context, problems } = await openPage(site.browser, site.url, PHONE);
    await open(page, site.url);
    const announcer = page.locator('#route-announcer');
    assert.equal(await announcer.textContent(), '');
    await page.locator('.target-table a', { hasText: '托位使用率' }).click();
    await page.waitForFunction(() => document.querySelector('#route-announcer').textContent.startsWith('托位使用率｜'));
    assert.equal(await announcer.textContent(), await page.title());
    await page.locator('.pager__next').click();
    await page.waitForFunction(() => document.querySelector('#route-announcer').textContent.startsWith('街道普惠性托育机构覆盖率｜'));
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('the keyboard reaches the skip link, every filter chip and target link, with a ring and no trap', async () => {
    const { page, context, problems } = await openPage(site.browser, site.url, DESKTOP);
    await open(page, site.url);
    const seen = [];
    for (let presses = 0; presses < 400; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          key: `${element.className}|${element.getAttribute('href') ?? ''}|${element.textContent.trim().slice(0, 20)}`,
          className: element.className,
          href: element.getAttribute('href'),
          text: element.textContent.trim(),
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (focused === null) break; // Past the last control: focus has left the page, so nothing traps it.
      if (seen.length > 0 && focused.key === seen[0].key) break;
      seen.push(focused);
    }
    assert.match(seen[0].className, /skip-link/);
    assert.equal(seen[1].className, 'masthead__home');
    assert.match(seen[2].className, /text-size-toggle/);
    assert.equal(seen.at(-1).href, 'data/plan.xlsx', 'focus reaches the end of the page');
    const chips = seen.filter((focused) => /\bchip\b/.test(focused.className)).map((focused) => focused.text.replace('✓', ''));
    assert.deepEqual(chips, ['全部部门', ...dataset.departments.map((department) => department.name)]);
    const tableLinks = await page.locator('.target-table a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const focusedHrefs = new Set(seen.map((focused) => focused.href));
    assert.equal(tableLinks.length, dataset.indicators.length);
    for (const href of tableLinks) assert.ok(focusedHrefs.has(href), `Tab reaches ${href}`);
    const ringless = seen.filter((focused) => !focused.ring).map((focused) => focused.key);
    assert.deepEqual(ringless, [], 'every focused control shows a focus ring');

    // The skip link moves focus to the content.
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.classList.contains('skip-link'));
    assert.ok((await page.locator('.skip-link').boundingBox()).y >= 0, 'the skip link shows when focused');
    const pages = [];
    const onRequest = (request) => request.url().endsWith('index.html') && pages.push(request.url());
    page.on('request', onRequest);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    // A fragment of the view shown is no move: the app fetches no page and leaves focus where it is.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    page.off('request', onRequest);
    assert.deepEqual(pages, []);

    // Enter on a target-table link opens the indicator and puts focus on its heading.
    const link = page.locator('.target-table a', { hasText: '托位使用率' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '托位使用率');
    await page.waitForFunction(() => document.activeElement === document.querySelector('#main h1'));
    // The filter chips toggle with the keyboard.
    await open(page, site.url);
    await page.locator('.chip', { hasText: '区教委' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.chip[aria-pressed="true"]')?.textContent.includes('区教委'));
    await page.locator('.chip', { hasText: '区民政局' }).focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.chip[aria-pressed="true"]')?.textContent.includes('区民政局'));
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('reduced motion turns CSS transitions off; dark mode gives the charts the dark palette', async () => {
    const chartText = (page) =>
      page.locator('[data-chart="gauge-1"] svg text[fill="var(--chart-text)"]').first().evaluate((text) => getComputedStyle(text).fill);
    const transition = (page) => page.locator('.text-size-toggle').evaluate((element) => getComputedStyle(element).transitionDuration);
    const moving = await openPage(site.browser, site.url, PHONE, { reducedMotion: 'no-preference', colorScheme: 'light' });
    await open(moving.page, `${site.url}indicator/1/`);
    assert.equal(await chartText(moving.page), CHART_TEXT.light);
    assert.notEqual(await transition(moving.page), '0s');
    await moving.context.close();
    const still = await openPage(site.browser, site.url, PHONE, { reducedMotion: 'reduce', colorScheme: 'dark' });
    await open(still.page, `${site.url}indicator/1/`);
    assert.equal(await chartText(still.page), CHART_TEXT.dark);
    assert.equal(await transition(still.page), '0s');
    assert.deepEqual(still.problems(), []);
    await still.context.close();
  });

  test('at 200 % zoom of a 1280 px desktop (640 px) nothing is cut off and everything works', async () => {
    const { page, context, problems } = await openPage(site.browser, site.url, { width: 640, height: 400 });
    for (const large of [false, true]) {
      await open(page, site.url);
      if (large) await largeTextOn(page);
      const fits = () => page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok((await fits()) <= 640, `the overview scrolls sideways (${large ? '大字版' : 'standard'})`);
      // The filter works and the matrix follows.
      await page.locator('.chip', { hasText: '区民政局' }).click();
      await page.waitForFunction(() => document.querySelector('.matrix__status').textContent.startsWith('区民政局'));
      await page.locator('.chip', { hasText: '全部部门' }).click();
      // Every target-table link is in view when scrolled to, and opens its view.
      for (const link of await page.locator('.target-table a').all()) {
        await link.scrollIntoViewIfNeeded();
        const box = await link.boundingBox();
        assert.ok(box.x >= 0 && box.x + box.width <= 640, `${await link.textContent()} is cut off`);
      }
      await page.locator('.target-table a', { hasText: '托位使用率' }).click();
      await page.waitForFunction(() => document.querySelector('h1')?.textContent === '托位使用率');
      await settle(page);
      assert.ok((await fits()) <= 640, 'the indicator view scrolls sideways');
      await page.locator('.pager__overview').click();
      await page.waitForFunction(() => document.querySelectorAll('.target-table tbody tr').length === 10);
      if (large) await page.locator('.text-size-toggle').click();
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });
});
