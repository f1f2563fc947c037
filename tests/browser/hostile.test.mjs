// Every view of the site built from tests/fixtures/hostile.json (`make hostile-dist`, into
// target/hostile-dist): its names and texts hold markup, template breakers, bidirectional controls,
// emoji, a 2,000-character task and a 60-character department. At 360 px, no view may open a dialog,
// hold an element that came from the data, log an error, or scroll sideways; nor may embed.js.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { closeSite, waitForCharts, hostPage, openPage, openSite, stop, waitForApp, HOSTILE_DIST, NOT_FOUND_CONSOLE } from './harness.mjs';

const dataset = JSON.parse(readFileSync(new URL('../fixtures/hostile.json', import.meta.url)));
const NARROW = { width: 360, height: 740 };

/** Every view: its page, and the hash forms that name departments by their (hostile) names. */
const views = [
  '',
  ...dataset.indicators.map((indicator) => `indicator/${indicator.id}/`),
  ...dataset.sections.flatMap((section) => section.tasks.map((task) => `task/${task.id}/`)),
  ...dataset.departments.map((department) => `department/${department.slug}/`),
  ...dataset.departments.slice(4, 9).map((department) => `#/department/${encodeURIComponent(department.name)}`),
  '#/department/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
];

/**
 * What the data would have made, had it been written as markup: elements it names, inline event
 * handlers, `javascript:` links, scripts other than the page's starter, its plan index and the app's own files. On
 * the article (`host`), embed.js and the iframe it makes are its own.
 */
function injected(host = false) {
  const found = [];
  const ownFrame = (element) => host && element.matches('#yitu-embed > iframe');
  for (const element of document.querySelectorAll('img[src="x"], img[src$="/x"], iframe, textarea, i, b, body style, [onload], [onerror]')) {
    if (!ownFrame(element)) found.push(element.outerHTML.slice(0, 120));
  }
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (attribute.name.startsWith('on')) found.push(`${element.tagName} ${attribute.name}`);
      const link = ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name);
      if (link && /^\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
    }
  }
  // The plan's index is a data block (JSON, which the browser never runs), and one only.
  const index = (script) => script.id === 'plan-index' && script.type === 'application/json' && !script.src;
  if (!host && [...document.scripts].filter(index).length > 1) found.push('a second plan index');
  for (const script of document.scripts) {
    const own = host
      ? /\/embed\.js$/.test(script.src)
      : script.hasAttribute('data-boot') || index(script) || /\/(boot|yitu)-[0-9a-f]{16}\.js$/.test(script.src);
    if (!own) found.push(`script ${script.src || script.textContent.slice(0, 60)}`);
  }
  return found;
}

describe('a site built from hostile data', () => {
  let browser;
  let server;
  let url;

  before(async () => {
    assert.ok(existsSync(`${HOSTILE_DIST}/index.html`), 'build it first: make hostile-dist');
    ({ browser, server, url } = await openSite('/yitu/', HOSTILE_DIST));
  });
  after(() => closeSite({ browser, server }));

  test(`every view at 360 px: no dialog, no injected element, no console error, no sideways scrolling (${views.length} views)`, async () => {
    const { page, problems } = await openPage(browser, url, NARROW);
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    for (const view of views) {
      await page.goto(url + view);
      await waitForApp(page);
      await waitForCharts(page);
      assert.deepEqual(await page.evaluate(injected), [], `${view || 'overview'}: elements from the data`);
      const width = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollWidth, inner: window.innerWidth }));
      assert.ok(width.scroll <= width.inner, `${view || 'overview'} scrolls sideways: ${width.scroll} px in ${width.inner} px`);
    }
    // The data is shown, as the words it is.
    await page.goto(url);
    await waitForApp(page);
    const text = await page.evaluate(() => document.body.innerText);
    assert.ok(text.includes('<script>alert(1)</script>'), 'the markup is shown as text');
    assert.ok(text.includes('{{x}}'));
    assert.match(await page.title(), /^一图读懂·婴幼儿照护行动/, 'the title, without its bidirectional control');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems(), []);
  });

  test('the not-found page and the share panel stay inert too', async () => {
    const { page, problems } = await openPage(browser, url, NARROW);
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    await page.goto(`${url}%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/`);
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(await page.evaluate(injected), [], '404.html');
    // The share panel of the indicator with the long name: its QR code and its card, drawn here.
    await page.goto(`${url}indicator/9/`);
    await waitForApp(page);
    await page.locator('.share__toggle').click();
    await page.locator('.share__qr svg').waitFor();
    await page.locator('.share__save button').click();
    await page.locator('img.share__card-image').waitFor();
    assert.deepEqual(await page.evaluate(injected), [], 'the share panel');
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= NARROW.width, `the share panel scrolls sideways: ${width} px`);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems(), [NOT_FOUND_CONSOLE]);
  });

  test('embed.js on an article: no dialog, the iframe follows the height, and a view opens from the fragment', async () => {
    const title = '"><img src=x onerror=alert(1)>';
    const host = await hostPage(
      `<div id="yitu-embed" data-yitu-src="${url}" data-yitu-title="${title.replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}"></div>` +
        `<script src="${url}embed.js" async></script>`,
    );
    try {
      const { page, problems } = await openPage(browser, host.url, NARROW);
      const dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      });
      const department = dataset.departments[4];
      await page.goto(`${host.url}#yitu=department-${department.slug}`);
      const frame = page.frameLocator('#yitu-embed iframe');
      await frame.locator('h1', { hasText: department.name }).waitFor();
      // The widget's height messages reach embed.js, which sets the iframe's height from them.
      await page.waitForFunction(() => document.querySelector('#yitu-embed iframe').style.height !== '600px');
      assert.equal(await page.locator('#yitu-embed iframe').getAttribute('title'), title, 'the title is text');
      assert.deepEqual(await page.evaluate(injected, true), [], 'the host page');
      assert.deepEqual(await page.frames()[1].evaluate(injected), [], 'the widget in the iframe');
      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(width <= NARROW.width, `the article scrolls sideways: ${width} px`);
      assert.deepEqual(dialogs, []);
      // The host page is on another origin than the widget: its requests to the widget are expected.
      assert.deepEqual(problems().filter((problem) => !problem.includes(new URL(url).origin)), []);
    } finally {
      stop(host.server);
    }
  });
});
