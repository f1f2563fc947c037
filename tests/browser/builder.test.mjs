// The builder page (`make builder`, target/builder/) in headless Chromium: a chosen dataset file is
// checked in the page by the builder's WebAssembly, which lists a workbook's faults by cell or says
// what a valid dataset holds. Nothing is uploaded: the page makes no request after it has loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveForTest } from './harness.mjs';

const BUILDER = new URL('../../target/builder', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;

async function choose(page, file) {
  await page.setInputFiles('#file', file);
  await page.waitForFunction(() => document.documentElement.dataset.checked, null, { timeout: 30000 });
  return {
    checked: await page.evaluate(() => document.documentElement.dataset.checked),
    items: await page.$$eval('#report li', (items) => items.map((item) => item.textContent)),
    text: await page.textContent('#report'),
  };
}

test('the builder page checks a dropped dataset in the browser', async () => {
  const { url } = await serveForTest('/', { dist: BUILDER });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const valid = await choose(page, `${root}src/data/dazu-2024-16.json`);
    assert.equal(valid.checked, 'valid');
    assert.match(valid.text, /10 项指标、16 项任务、18 个部门；0 项已有公开结果/);
    await page.evaluate(() => delete document.documentElement.dataset.checked);
    const broken = await choose(page, `${root}tests/fixtures/broken/duplicate-indicator-id.json`);
    assert.equal(broken.checked, 'faults');
    assert.deepEqual(broken.items, ['$.indicators[4].id指标序号重复或为 0：4']);
    assert.deepEqual(requests, []);
  } finally {
    await browser.close();
  }
});
