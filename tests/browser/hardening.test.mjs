// Hardening: a strict CSP, no third parties, a sandboxed iframe, the next view's page failing or late, a panic.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, openSandboxed, serveForTest, waitForApp, waitForCharts, PHONE } from './harness.mjs';

const dataset = JSON.parse(readFileSync(new URL('../../src/data/dazu-2024-16.json', import.meta.url)));
// The policy that README gives site admins; its script hash must name the pages' one inline script.
export const CSP = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').match(
  /^Content-Security-Policy: (.+)$/m,
)[1];

/** Every page the build writes, as paths under the widget's root. */
function allPaths() {
  const tasks = dataset.sections.flatMap((section) => section.tasks);
  return [
    '',
    ...dataset.indicators.map((indicator) => `indicator/${indicator.id}/`),
    ...tasks.map((task) => `task/${task.id}/`),
    ...dataset.departments.map((department) => `department/${department.slug}/`),
  ];
}

describe('hardening', () => {
  let browser;

  before(async () => {
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
  });

  test('under a strict Content-Security-Policy every page works with 0 violations', async () => {
    const { url } = await serveForTest('/yitu/', { headers: { 'Content-Security-Policy': CSP } });
    const { page, context, problems } = await openPage(browser, url, PHONE);
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
      });
    });
    const paths = ['', 'indicator/3/', 'task/1/', 'department/health/', '#/indicator/5'];
    for (const path of paths) {
      await page.goto(url + path);
      await waitForApp(page);
      await waitForCharts(page);
      assert.deepEqual(await page.evaluate(() => window.cspViolations), [], path);
    }
    console.log(`CSP: ${paths.length} pages checked under "${CSP}", 0 violations`);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('walking every view makes no request to another origin', async () => {
    const { url } = await serveForTest('/yitu/');
    const { page, context, problems } = await openPage(browser, url, PHONE);
    const origins = new Set();
    let requests = 0;
    page.on('request', (request) => {
      requests += 1;
      origins.add(new URL(request.url()).origin);
    });
    for (const path of allPaths()) {
      await page.goto(url + path);
      await waitForApp(page);
      await waitForCharts(page);
    }
    console.log(`third parties: ${allPaths().length} views, ${requests} requests, origins: ${[...origins].join(', ')}`);
    assert.deepEqual([...origins], [new URL(url).origin]);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('inside <iframe sandbox="allow-scripts"> the widget renders and navigates', async () => {
    const { page, errors, close } = await openSandboxed(browser, 'indicator/3/');
    const frame = page.frameLocator('#yitu');
    await frame.locator('h1', { hasText: '托位使用率' }).waitFor();
    await frame.locator('.gauge-card [data-chart] svg').waitFor();
    // Links load the next view's page: the History API is closed to an opaque origin.
    await frame.locator('.pager__next').click();
    await frame.locator('h1', { hasText: '街道普惠性托育机构覆盖率' }).waitFor();
    await frame.locator('.gauge-card [data-chart] svg').waitFor();
    console.log('sandboxed iframe: rendered indicator 3, followed a link to indicator 4, no errors');
    assert.deepEqual(errors(), []);
    await close();
  });

  test('where the browser blocks storage, the 大字版 still works and says it is not remembered', async () => {
    const { url } = await serveForTest('/');
    const { page, context, problems } = await openPage(browser, url, PHONE);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user blocked site data.', 'SecurityError');
        },
      });
    });
    await page.goto(`${url}indicator/3/`);
    await waitForApp(page);
    assert.equal(await page.locator('.text-size-note').textContent(), '');
    await page.locator('.text-size-toggle').click();
    await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
    assert.match(await page.locator('.text-size-note').textContent(), /仅在本次浏览中有效/);
    console.log('blocked storage: 大字版 on for this visit, note shown, no errors');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('if the next view\'s page cannot be fetched after a move in the app, the browser loads it', async () => {
    const { url } = await serveForTest('/');
    const { page, context } = await openPage(browser, url, PHONE);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The app's fetch of the page fails; the browser's own load of it does not.
    await page.route('**/indicator/3/index.html', (route) =>
      route.request().resourceType() === 'fetch' ? route.abort() : route.continue());
    await page.goto(url);
    await waitForApp(page);
    await page.locator('.target-table a[href="indicator/3/"]').click();
    await page.waitForURL(`${url}indicator/3/`);
    await page.locator('h1', { hasText: '托位使用率' }).waitFor();
    await waitForApp(page);
    assert.match(await page.locator('.gauge-card').textContent(), /30%/);
    console.log('page fetch failed: the browser loaded the view\'s page');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('while the next view\'s page is on its way, the view stays and a bar runs; then the new view has focus', async () => {
    const { url } = await serveForTest('/');
    const { page, context, problems } = await openPage(browser, url, PHONE);
    let release;
    const held = new Promise((done) => (release = done));
    const asked = [];
    await page.route('**/indicator/3/index.html', async (route) => {
      asked.push(route.request().resourceType());
      await held;
      await route.continue();
    });
    await page.goto(url);
    await waitForApp(page);
    await page.locator('.target-table a[href="indicator/3/"]').click();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-loading'));
    assert.deepEqual(asked, ['fetch']);
    assert.equal(await page.locator('.target-table').count(), 1, 'the overview stays while the page comes');
    release();
    await page.locator('h1', { hasText: '托位使用率' }).waitFor();
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-loading'));
    assert.equal(new URL(page.url()).pathname, '/indicator/3/');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('if the app panics, the reader sees a message and keeps the pre-rendered page', async () => {
    const { url } = await serveForTest('/');
    const { page, context } = await openPage(browser, url, PHONE);
    // The document refuses to make the app's root (a div), so that the app's start fails and it panics.
    await context.addInitScript(() => {
      const make = Document.prototype.createElement;
      Document.prototype.createElement = function (name, ...rest) {
        if (String(name).toLowerCase() === 'div') throw new Error('refused for the test');
        return make.call(this, name, ...rest);
      };
    });
    await page.goto(`${url}indicator/3/`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'failed');
    assert.match(await page.locator('#app-error').textContent(), /互动功能出现问题/);
    assert.equal(await page.locator('h1').textContent(), '托位使用率');
    console.log('panic: note shown, pre-rendered page kept');
    await context.close();
  });
});
