// The review's benchmark: in headless Chromium, the builder page drafts a notice (pasted as text),
// then an editor's edit of the draft (its short title, 文件信息 · 简称) is saved five times; it
// reports the median and range from 保存 to the refreshed preview (the draft re-checked, its site
// written and shown), the figure 审核草稿 aims to keep under 1 s for this plan.
// Usage: node tools/bench/review.mjs <notice.txt>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../tests/browser/harness.mjs';
import { serve } from '../serve.mjs';
import { figure } from './stats.mjs';

const RUNS = 5;
const root = new URL('../..', import.meta.url).pathname;
const { server, url } = await serve(join(root, 'target/builder'), { prefix: '/' });
const browser = await launch();
try {
  const notice = process.argv[2];
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  await page.goto(url);
  await page.focus('#paste');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, readFileSync(notice, 'utf8'));
  await page.waitForFunction(() => document.documentElement.dataset.zip === 'ready');
  const id = (await page.locator('#draft .check', { hasText: '文件信息 · 简称' }).getAttribute('id')).slice('check-'.length);
  const refreshes = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.click(`#edit-${id}`);
    await page.fill(`#input-${id}`, `托育服务行动${run}`);
    await page.evaluate(() => delete document.documentElement.dataset.preview);
    const start = await page.evaluate(() => performance.now());
    await page.click(`#check-${id} form button[type=submit]`);
    await page.waitForFunction(() => document.documentElement.dataset.preview);
    refreshes.push(((await page.evaluate(() => performance.now())) - start) / 1000);
    await page.waitForFunction(() => document.documentElement.dataset.zip === 'ready');
  }
  console.log(`${notice}: an edit to the refreshed preview ${figure(refreshes)}`);
  await context.close();
} finally {
  await browser.close();
  server.close();
}
