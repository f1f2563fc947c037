// Sharing in headless Chromium: copy link (and its fallbacks), links to an embedding article, the
// QR code (decoded with Debian's zbarimg) and the picture card (保存图片), at 375×812 and 1280×800.
// Serves $YITU_DIST, else dist/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeSite, openPage, openSite, waitForApp, DESKTOP, PHONE } from './harness.mjs';
const PREFIX = '/news/2024/yitu/';
const ARTICLE = 'https://news.example.cn/2024/03/article-123.html';

/** Browsers without the Web Share API (desktop Chromium on Linux has none; this makes sure). */
function withoutWebShare() {
  delete Navigator.prototype.share;
  delete Navigator.prototype.canShare;
}

/** Decodes the QR codes in a PNG file with zbarimg; one line per code. */
function zbar(file) {
  return execFileSync('zbarimg', ['-q', '--raw', file], { encoding: 'utf8' }).trim();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('sharing a view', () => {
  let site;
  let browser;
  let url;
  let origin;
  let scratch;

  before(async () => {
    site = await openSite(PREFIX);
    ({ browser, url } = site);
    origin = new URL(url).origin;
    scratch = mkdtempSync(join(tmpdir(), 'yitu-share-'));
  });

  after(async () => {
    await closeSite(site);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** A page without the Web Share API whose clipboard may be read and written. */
  async function open(viewport = PHONE) {
    const opened = await openPage(browser, url, viewport);
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await opened.context.addInitScript(withoutWebShare);
    return opened;
  }

  const status = (page) => page.locator('.share [role="status"]');

  test('分享 copies the page link where there is no share sheet, and says so', async () => {
    const { page, context, problems } = await open();
    await page.goto(`${url}indicator/3/`);
    await waitForApp(page);
    assert.equal(await status(page).getAttribute('aria-live'), 'polite');
    const toggle = page.getByRole('button', { name: '分享', exact: true });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    await page.waitForFunction(() => document.querySelector('.share [role="status"]')?.textContent === '链接已复制');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${url}indicator/3/`);
    assert.equal(await page.locator('.share__input').inputValue(), `${url}indicator/3/`);
    assert.equal(await page.locator('.share__toggle').getAttribute('aria-expanded'), 'true');

    // Keyboard: 复制链接 again with Enter; Escape closes the panel and returns focus to 分享.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByRole('button', { name: '复制链接' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${url}indicator/3/`);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.share__panel'));
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('share__toggle')), true);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('where the browser has a share sheet, 分享 opens it with the link; if it fails, the link is copied', async () => {
    const { page, context, problems } = await open();
    await context.addInitScript(() => {
      window.shared = [];
      Navigator.prototype.share = function share(data) {
        window.shared.push(data);
        return window.shared.length === 1
          ? Promise.resolve()
          : Promise.reject(new DOMException('Share failed.', 'NotAllowedError'));
      };
    });
    await page.goto(`${url}department/health/`);
    await waitForApp(page);
    const toggle = page.getByRole('button', { name: '分享', exact: true });
    await toggle.click();
    await page.waitForFunction(() => document.querySelector('.share [role="status"]')?.textContent === '已分享');
    const [data] = await page.evaluate(() => window.shared);
    assert.equal(data.url, `${url}department/health/`);
    assert.match(data.title, /^区卫生健康委｜/);
    await page.getByRole('button', { name: '收起分享' }).click();
    await toggle.click();
    await page.waitForFunction(() => document.querySelector('.share [role="status"]')?.textContent === '链接已复制');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${url}department/health/`);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  for (const [name, refuse] of [
    ['refused', () => {
      Object.defineProperty(Clipboard.prototype, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    }],
    ['missing', () => {
      delete Navigator.prototype.clipboard;
    }],
  ]) {
    test(`with the clipboard ${name}, the link is shown selected to copy by hand`, async () => {
      const { page, context, problems } = await open();
      await context.addInitScript(refuse);
      await page.goto(`${url}task/7/`);
      await waitForApp(page);
      await page.getByRole('button', { name: '分享', exact: true }).click();
      await page.waitForFunction(() => document.querySelector('.share [role="status"]')?.textContent.includes('请长按或复制下面的链接'));
      const field = page.locator('.share__input');
      assert.equal(await field.inputValue(), `${url}task/7/`);
      assert.equal(await field.evaluate((input) => input.readOnly), true);
      await page.waitForFunction(() => {
        const input = document.querySelector('.share__input');
        return document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length;
      });
      assert.match(await page.locator('.share__label').textContent(), /请长按或复制下面的链接/);
      assert.deepEqual(problems(), []);
      await context.close();
    });
  }

  test('an embedding article set by ?share= gets the links, also after moving to another view', async () => {
    const { page, context, problems } = await open();
    await page.goto(`${url}?share=${encodeURIComponent(ARTICLE)}&initialWidth=375`);
    await waitForApp(page);
    await page.locator('a[href="task/7/"]').first().click();
    await page.waitForFunction(() => document.querySelector('.share__toggle'));
    assert.equal(new URL(page.url()).search, '', 'in-page navigation drops the query');
    await page.getByRole('button', { name: '分享', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.share [role="status"]')?.textContent === '链接已复制');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${ARTICLE}#yitu=task-7`);

    await page.goto(`${url}department/health/?share=${encodeURIComponent(ARTICLE)}`);
    await waitForApp(page);
    await page.getByRole('button', { name: '分享', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.share [role="status"]')?.textContent === '链接已复制');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${ARTICLE}#yitu=department-health`);

    // Anything but an http(s) URL is ignored: the link is the view's own page.
    await page.goto(`${url}indicator/3/?share=${encodeURIComponent('javascript:alert(1)')}`);
    await waitForApp(page);
    await page.getByRole('button', { name: '分享', exact: true }).click();
    await page.waitForFunction(() => document.querySelector('.share [role="status"]')?.textContent === '链接已复制');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${url}indicator/3/`);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('the QR code in the panel decodes to the link', async () => {
    const { page, context, problems } = await open(DESKTOP);
    for (const [path, link] of [
      ['indicator/3/', `${url}indicator/3/`],
      [`department/health/?share=${encodeURIComponent(ARTICLE)}`, `${ARTICLE}#yitu=department-health`],
    ]) {
      await page.goto(url + path);
      await waitForApp(page);
      await page.getByRole('button', { name: '分享', exact: true }).click();
      const qr = page.locator('.share__qr-code');
      await qr.waitFor();
      assert.equal(await qr.getAttribute('role'), 'img');
      assert.ok(await qr.getAttribute('aria-label'));
      assert.equal(await qr.locator('path').count(), 1);
      const file = join(scratch, 'qr.png');
      await qr.screenshot({ path: file });
      assert.equal(zbar(file), link);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`保存图片 at ${viewport.width}px downloads the card and shows it, with its QR code`, async () => {
      const { page, context, problems } = await open(viewport);
      await page.goto(`${url}indicator/3/`);
      await waitForApp(page);
      await page.getByRole('button', { name: '分享', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '保存图片' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'yitu-indicator-3.png');
      const file = join(scratch, download.suggestedFilename());
      await download.saveAs(file);
      const bytes = readFileSync(file);
      const { width, height } = pngSize(bytes);
      assert.ok(width >= 750, `${width}px wide`);
      assert.ok(height > width, `${width}×${height}`);
      assert.equal(zbar(file), `${url}indicator/3/`);

      // The same PNG is shown in the panel, for readers who long-press to save it.
      const image = page.locator('.share__card-image');
      await page.waitForFunction(() => document.querySelector('.share__card-image')?.complete);
      const drawn = await image.evaluate((img) => {
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d');
        context.drawImage(img, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let marked = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) marked += 1;
        }
        return { width: img.naturalWidth, height: img.naturalHeight, share: marked / (data.length / 4) };
      });
      assert.deepEqual([drawn.width, drawn.height], [width, height]);
      assert.ok(drawn.share > 0.08, `the card is nearly blank: ${drawn.share}`);
      const box = await image.boundingBox();
      assert.ok(box.width <= viewport.width, 'the picture fits the screen');
      assert.match(await status(page).textContent(), /图片已生成/);
      assert.deepEqual(problems(), []);
      await context.close();
    });
  }

  test('every kind of view has the control; its buttons are 44 px or more; nothing scrolls sideways at 375 px', async () => {
    const { page, context, problems } = await open(PHONE);
    for (const path of ['indicator/1/', 'task/7/', 'department/health/']) {
      await page.goto(url + path);
      await waitForApp(page);
      await page.getByRole('button', { name: '分享', exact: true }).click();
      await page.locator('.share__panel').waitFor();
      const sizes = await page.locator('.share button').evaluateAll((buttons) =>
        buttons.map((button) => {
          const { width, height } = button.getBoundingClientRect();
          return { name: button.textContent.trim(), width, height };
        }));
      for (const size of sizes) {
        assert.ok(size.width >= 44 && size.height >= 44, `${path} ${JSON.stringify(size)}`);
      }
      assert.equal(await page.locator('.share__save-button').count(), path.startsWith('indicator') ? 1 : 0);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= PHONE.width, `${path} scrolls sideways: ${scrollWidth}px`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });
});
