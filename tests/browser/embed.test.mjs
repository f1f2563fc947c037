// Embedding: embed.js on a host page of another origin makes an iframe whose height follows the
// widget (pym.js messages), and the host's #yitu=indicator-3 fragment opens that indicator.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { closeSite, openPage, openSite, stop } from './harness.mjs';

/** Polls `check` until it returns a truthy value or the deadline passes. */
async function eventually(check, what, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last.ok) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${what}: ${JSON.stringify(last)}`);
}

describe('embedding with embed.js', () => {
  let browser;
  let widget;
  let host;
  let hostUrl;

  before(async () => {
    widget = await openSite('/yitu/');
    browser = widget.browser;
    host = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>新闻文章</title>
        <style>body{margin:0;font-family:sans-serif} p{margin:16px}</style></head><body>
        <p>文章正文之前。</p>
        <div id="yitu-embed" data-yitu-src="${widget.url}"></div>
        <script src="${widget.url}embed.js" async></script>
        <p>文章正文之后。</p></body></html>`);
    });
    await new Promise((done) => host.listen(0, '127.0.0.1', done));
    hostUrl = `http://127.0.0.1:${host.address().port}/news/article.html`;
  });

  after(async () => {
    await closeSite(widget ?? {});
    if (host) stop(host);
  });

  /** The iframe's height and the widget's content height, in CSS pixels. */
  async function heights(page) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(widget.url));
    if (!frame) return { ok: false, reason: 'no frame yet' };
    const iframe = await page.locator('#yitu-embed iframe').evaluate((element) => element.getBoundingClientRect().height);
    const content = await frame.evaluate(() => document.body.getBoundingClientRect().height).catch(() => -1);
    return { ok: content > 0 && Math.abs(iframe - content) <= 2, iframe, content, frame };
  }

  for (const width of [360, 1024]) {
    test(`at ${width} px the iframe is as tall as the widget and follows a change of view`, async () => {
      const { page, context } = await openPage(browser, hostUrl, { width, height: 800 });
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(hostUrl);
      const first = await eventually(() => heights(page), 'iframe height follows the overview');
      console.log(`embed at ${width}px: overview iframe ${first.iframe}px, content ${first.content}px`);
      const frame = page.frameLocator('#yitu-embed iframe');
      await frame.locator('.target-table a', { hasText: '托位使用率' }).click();
      await frame.locator('h1', { hasText: '托位使用率' }).waitFor();
      const second = await eventually(
        async () => {
          const now = await heights(page);
          return { ...now, ok: now.ok && Math.abs(now.content - first.content) > 100 };
        },
        'iframe height follows the indicator view',
      );
      console.log(`embed at ${width}px: indicator iframe ${second.iframe}px, content ${second.content}px`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('the host fragment #yitu=indicator-3 opens indicator 3', async () => {
    const { page, context } = await openPage(browser, hostUrl, { width: 375, height: 812 });
    await page.goto(`${hostUrl}#yitu=indicator-3`);
    const frame = page.frameLocator('#yitu-embed iframe');
    await frame.locator('h1', { hasText: '托位使用率' }).waitFor();
    const src = await page.locator('#yitu-embed iframe').getAttribute('src');
    assert.match(src, /\/yitu\/indicator\/3\/\?initialWidth=\d+&childId=yitu-embed&share=/);
    await context.close();
  });
});
