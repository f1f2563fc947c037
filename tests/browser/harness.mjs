// Shared set-up for the browser tests: the built dist/ served locally and the system Chromium.
// Every page's context and every sandboxed host the harness opens is closed after its test, even
// when the test fails half-way, so that one failure cannot leave state that fails the tests after it.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { after, afterEach, before } from 'node:test';
import { serve } from '../../tools/serve.mjs';

/** What the harness opened for the running test and has not seen closed: functions that close it. */
const opened = new Set();

/** Runs `close` after the current test, unless it has run by then. */
function closeAfterTest(close) {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    opened.delete(once);
    await close();
  };
  opened.add(once);
  return once;
}

afterEach(async () => {
  for (const close of [...opened]) await close().catch(() => {});
});

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 800 };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The builder page's query for the day its sites are made on: the day SOURCE_DATE_EPOCH names
 * (`make test` fixes it, and `make site` reads it), so that the page and `make site` build on the
 * same day whatever the clock says; none where it is not set (both then take today).
 */
export function builderDay() {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? `?today=${new Date(epoch * 1000).toISOString().slice(0, 10)}` : '';
}

/** Launches headless Chromium from Debian's package. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** The built site: `dist/`, or another build's folder named by YITU_DIST. */
export const DIST = process.env.YITU_DIST ?? new URL('../../dist', import.meta.url).pathname;
/** The sites of the test fixtures, built by `make other-plan`, `make hostile-dist` and `make workbook-dist`. */
/** The builder page, as `make builder` writes it. */
export const BUILDER_DIST = new URL('../../target/builder', import.meta.url).pathname;
export const OTHER_PLAN_DIST = new URL('../../target/other-plan-dist', import.meta.url).pathname;
export const HOSTILE_DIST = new URL('../../target/hostile-dist', import.meta.url).pathname;
export const WORKBOOK_DIST = new URL('../../target/workbook-dist', import.meta.url).pathname;

/** Serves a built site (`dist/`, or another build's folder) under a path prefix; resolves to { server, url }. */
export function serveDist(prefix = '/', dist = DIST) {
  return serve(dist, { prefix });
}

/**
 * Serves a built site for the running test only: the harness stops it after the test, failed or not.
 * `headers` are sent with every file (a Content-Security-Policy, say).
 */
export async function serveForTest(prefix = '/', { dist = DIST, headers = {} } = {}) {
  const served = await serve(dist, { prefix, headers });
  closeAfterTest(async () => stop(served.server));
  return served;
}

/** What a test file or suite opens first: a built site served under a path prefix, and a browser. */
export async function openSite(prefix = '/', dist = DIST) {
  const { server, url } = await serveDist(prefix, dist);
  return { server, url, browser: await launch() };
}

/**
 * The site and browser of a test file or suite: opened before its first test, closed after its last.
 * `browser` and `url` are there once the tests run.
 */
export function siteForTests(prefix = '/', dist = DIST) {
  const site = {};
  before(async () => Object.assign(site, await openSite(prefix, dist)));
  after(() => closeSite(site));
  return site;
}

/** Closes what `openSite` opened (either may be missing, if opening failed). */
export async function closeSite({ browser, server }) {
  await browser?.close();
  if (server) stop(server);
}

/**
 * Opens a page that records console errors, page errors, failed requests and requests to other
 * origins. `problems()` lists them all; a clean page has none.
 */
export async function openPage(browser, origin, viewport = PHONE, options = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...options });
  closeAfterTest(() => context.close());
  const page = await context.newPage();
  // Generous, for a loaded 2-core machine: waits end on real conditions, not on this.
  page.setDefaultTimeout(60_000);
  // Every request of the context, its workers' too, for tests of what a page sends.
  const requests = [];
  context.on('request', (request) => requests.push(request));
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request cut short because the test moved to the next page is not a fault of the page.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.request().isNavigationRequest()) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(origin).origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  return { page, context, problems: () => problems, requests: () => requests };
}

/** Stops a server started by serve(), closing kept-alive connections so that node can exit. */
export function stop(server) {
  server.closeAllConnections();
  server.close();
}

/** Chromium's console line for a page (or resource) answered with 404. */
/**
 * The builder page served and opened in a new context on the tests' build day (`builderDay`), with
 * downloads accepted: the opened page, its context and console problems, and the page's URL.
 */
export async function openBuilder(browser, viewport = PHONE) {
  const { url } = await serveForTest('/', { dist: BUILDER_DIST });
  const opened = await openPage(browser, url, viewport, { acceptDownloads: true });
  await opened.page.goto(`${url}${builderDay()}`);
  return { ...opened, url };
}

export const NOT_FOUND_CONSOLE = 'console error: Failed to load resource: the server responded with a status of 404 (Not Found)';

/**
 * Waits until every chart box on the page shows its drawing: the one the page was built with, or,
 * in the 大字版 and after a move in the app, the one the app fetched (named on the SVG's root).
 */
export async function waitForCharts(page) {
  await page.waitForFunction(() => {
    const large = document.documentElement.classList.contains('large-text');
    return [...document.querySelectorAll('[data-chart]')].every(
      (box) => box.querySelector('svg')?.dataset.file === box.dataset.chart + (large ? '-large' : ''),
    );
  });
}

/** Whether a request is for a chart library: any script but the app's start-up module and glue. */
export function isChartLibrary(request) {
  const name = new URL(request.url()).pathname.split('/').pop();
  return /echarts/i.test(request.url()) || (request.resourceType() === 'script' && !/^(boot|yitu)-[0-9a-f]+\.js$/.test(name));
}

/** Waits until the app has started and every island is live (it marks <html> when so). */
export async function waitForApp(page) {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
}

/** A host page on its own origin that is nothing but `body` (HTML); resolves to { server, url }. */
export async function hostPage(body) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>宿主</title></head><body>${body}</body></html>`);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** A host page with the widget page `src` in `<iframe sandbox="allow-scripts">` (an opaque origin). */
function sandboxedHost(src) {
  return hostPage(`<iframe id="yitu" sandbox="allow-scripts" src="${src}" style="width:375px;height:700px"></iframe>`);
}

/**
 * The widget's view at `path` (of the build in `dist`) inside `<iframe sandbox="allow-scripts">` on a host page of another
 * origin, at phone size; the widget's files are sent with `Access-Control-Allow-Origin: *`, as an
 * opaque origin needs. `errors()` lists page errors and console errors; `close()` ends it all.
 */
export async function openSandboxed(browser, path, dist = DIST) {
  const widget = await serve(dist, {
    prefix: '/yitu/',
    headers: { 'Access-Control-Allow-Origin': '*' },
  });
  const host = await sandboxedHost(`${widget.url}${path}`);
  const close = closeAfterTest(async () => {
    stop(host.server);
    stop(widget.server);
  });
  const { page, context } = await openPage(browser, host.url, PHONE);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(host.url);
  return {
    page,
    widgetUrl: widget.url,
    errors: () => errors,
    close: async () => {
      await context.close();
      await close();
    },
  };
}

/** Waits until every chart on the page shows its drawing and no transition is running. */
export async function settle(page) {
  await waitForCharts(page);
  await page.waitForFunction(() => document.getAnimations().length === 0);
}

export async function open(page, url) {
  await page.goto(url);
  await waitForApp(page);
  await settle(page);
}


/** Turns the 大字版 on with its button and waits until the page has it. */
export async function largeTextOn(page) {
  const toggle = page.locator('.text-size-toggle');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await settle(page);
}

/**
 * The pairs of a chart's texts whose drawn boxes overlap (scale labels with each other or with a line of
 * the centre text, which is drawn in the text colour, its lines close together by design), and the texts
 * that run out of the drawing.
 */
function overlappingTexts(page, key) {
  return page.evaluate((key) => {
    const drawing = document.querySelector(`[data-chart="${key}"] svg`).getBoundingClientRect();
    const texts = [...document.querySelectorAll(`[data-chart="${key}"] svg text`)]
      .map((text) => ({
        words: text.textContent,
        centre: text.getAttribute('fill') === 'var(--chart-text)',
        box: text.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width > 0 && box.height > 0);
    const overlaps = [];
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        const apart = a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top;
        if (!apart && !(a.centre && b.centre)) overlaps.push(`${a.words} × ${b.words}`);
      }),
    );
    for (const { words, box } of texts) {
      if (box.left < drawing.left - 1 || box.right > drawing.right + 1) overlaps.push(`${words} runs out of the drawing`);
    }
    return { texts: texts.length, centre: texts.filter((text) => text.centre).length, overlaps };
  }, key);
}

/**
 * Opens each indicator's page at phone size, in normal text and in the 大字版, and checks that its gauge
 * has its labels and at least two lines of centre text, with no text overlapping another or leaving the
 * drawing (`overlappingTexts`).
 */
export async function assertGaugeTextsApart(browser, url, indicators) {
  for (const large of [false, true]) {
    const { page, context, problems } = await openPage(browser, url, PHONE);
    if (large) await page.addInitScript(() => localStorage.setItem('yitu:text-size', 'large'));
    for (const indicator of indicators) {
      await page.goto(`${url}indicator/${indicator.id}/`);
      await waitForApp(page);
      await waitForCharts(page);
      const { texts, centre, overlaps } = await overlappingTexts(page, `gauge-${indicator.id}`);
      assert.ok(centre >= 2 && texts - centre >= 3, `gauge-${indicator.id}: ${centre} lines of centre text, ${texts - centre} labels`);
      assert.deepEqual(overlaps, [], `gauge-${indicator.id}${large ? ' in the 大字版' : ''}`);
    }
    console.log(`${large ? '大字版' : 'normal text'}: ${indicators.length} gauges, their texts apart`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
}
