// The builder page (`make builder`, target/builder/) in headless Chromium, with real files: the
// workbook `make workbook` writes is checked, previewed (every view, in an iframe over the real app)
// and zipped; the zip's pages equal `make site`'s byte for byte and pass the core checks served from a
// sub-path; a broken workbook lists its faults by cell while the last preview stays; no request leaves
// the builder's origin or carries the workbook; axe finds nothing at 375 and 1280 px.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { jpegSize } from '../images.mjs';
import { assertSameSite, walk } from './site-zip.mjs';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, open, openBuilder, openPage, stop, BUILDER_DIST, DESKTOP, PHONE } from './harness.mjs';
import { serve } from '../../tools/serve.mjs';

const root = new URL('../..', import.meta.url).pathname;
const WORKBOOK = join(BUILDER_DIST, 'example.xlsx');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * Hostile files (tests/workbook/hostile.py writes them, streamed), and what the page says of each: a
 * 100 MB file is refused before it is read; a zip bomb, too many parts, a million rows (.xlsx and .ods)
 * and a cell at XFD1048576 end in one fault each from the reader's limits; hostile text stays text.
 */
const HOSTILE_DIR = mkdtempSync(join(tmpdir(), 'yitu-hostile-'));
execFileSync('python3', [join(root, 'tests/workbook/hostile.py'), HOSTILE_DIR]);
const HOSTILE = [
  ['100-mb.xlsx', 'refused', /超过 20 MB/],
  ['zip-bomb.xlsx', 'faults', /文件解压后超过 100 MB 的上限/],
  ['many-parts.xlsx', 'faults', /超过 1000 个的上限/],
  ['million-rows.xlsx', 'faults', /用到了第 10001 行，超过 10000 行的上限/],
  ['million-rows.ods', 'faults', /工作表“重点任务”用到了第 1000000 行/],
  ['far-cell.xlsx', 'faults', /用到了第 1048576 行/],
].map(([name, outcome, expected]) => [join(HOSTILE_DIR, name), outcome, expected]);
// hostile.json is a valid plan (make hostile-dist builds its site): its text must stay text. Each
// file has one outcome: a file that could pass either way would test nothing.
HOSTILE.push([join(root, 'tests/fixtures/hostile.json'), 'valid', /项指标/]);

/**
 * Chooses a file on the builder page and waits until the page has dealt with it (and, with `zip`, for
 * a valid file's zip too); resolves to the outcome the page states: valid, faults, refused, empty.
 */
async function choose(page, file, { zip = false } = {}) {
  await page.evaluate(() => {
    delete document.documentElement.dataset.checked;
    delete document.documentElement.dataset.zip;
  });
  await page.setInputFiles('#file', file);
  await page.waitForFunction(() => document.documentElement.dataset.checked);
  const outcome = await page.evaluate(() => document.documentElement.dataset.checked);
  // A file that is not valid makes no zip: waiting for one would only time out.
  if (zip && outcome === 'valid') await page.waitForFunction(() => document.documentElement.dataset.zip === 'ready');
  return outcome;
}

/** The preview's frame, once it shows `view` with its app started. */
async function previewShows(page, base, view) {
  await page.waitForFunction(
    (href) => document.getElementById('preview').contentWindow.location.href === href,
    new URL(`preview/${view}`, base).href,
  );
  const frame = page.frame({ url: new URL(`preview/${view}`, base).href });
  await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  return frame;
}

describe('the builder page', () => {
  let browser;
  let url;
  let site; // What `make site` writes for the same workbook.
  let broken;

  before(async () => {
    browser = await launch();
    site = mkdtempSync(join(tmpdir(), 'yitu-builder-site-'));
    const made = spawnSync('make', ['--no-print-directory', 'site', `DATASET=${WORKBOOK}`, `OUT=${site}`], {
      cwd: root,
      env: { ...process.env, YITU_PUBLIC_URL: '', YITU_PUBLIC_PATH: '' },
      encoding: 'utf8',
    });
    assert.equal(made.status, 0, made.stderr);
    broken = join(mkdtempSync(join(tmpdir(), 'yitu-broken-')), '方案-有错.xlsx');
    execFileSync('python3', [join(root, 'tests/workbook/break.py'), WORKBOOK, broken]);
  });
  after(() => browser.close());

  async function builderPage(viewport = PHONE) {
    const opened = await openBuilder(browser, viewport);
    ({ url } = opened);
    return opened;
  }

  test('the workbook is previewed in every view, and the zip is make site’s site', async () => {
    const { page, problems, requests } = await builderPage();
    assert.equal(await choose(page, WORKBOOK, { zip: true }), 'valid');
    assert.match(await page.textContent('#report'), /10 项指标、16 项任务、18 个部门；0 项已有公开结果/);

    // Every view of the site is listed, and each opens in the preview with the real app.
    const pages = walk(site)
      .filter((path) => path.endsWith('index.html') && !path.startsWith('longimage/'))
      .map((path) => path.replace(/index\.html$/, ''));
    const views = await page.$$eval('#view option', (options) => options.map((option) => option.value));
    assert.deepEqual([...views].sort(), [...pages].sort());
    await previewShows(page, url, '');
    for (const view of views) {
      await page.selectOption('#view', view);
      const frame = await previewShows(page, url, view);
      assert.ok((await frame.textContent('h1')).trim(), `${view}: a heading`);
    }
    // A link inside the preview moves between views, and the list follows.
    await page.selectOption('#view', '');
    const overview = await previewShows(page, url, '');
    const link = overview.locator('a[href*="indicator/3/"]').first();
    await link.click();
    await previewShows(page, url, 'indicator/3/');
    await page.waitForFunction(() => document.getElementById('view').value === 'indicator/3/');

    // The zip: the pages and every other file byte for byte make site's, but the stated exceptions.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const unzipped = mkdtempSync(join(tmpdir(), 'yitu-zip-'));
    const zip = join(unzipped, '..', `${relative(tmpdir(), unzipped)}.zip`);
    await download.saveAs(zip);
    execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zip, unzipped]);
    const zipped = assertSameSite(unzipped, site);

    // The 长图 step shows every part of make site's long image, and 下载长图 gives the parts and the
    // covers at make site's sizes.
    const parts = zipped.filter((path) => /^longimage\/part-\d+\.jpg$/.test(path));
    assert.ok(parts.length >= 3, parts.join(' '));
    assert.equal(await page.locator('#longimage-section').isVisible(), true);
    assert.equal(await page.locator('#longimage-section .longimage-parts img').count(), parts.length);
    const [pictures] = await Promise.all([page.waitForEvent('download'), page.click('#longimage-download')]);
    const picturesDir = mkdtempSync(join(tmpdir(), 'yitu-longimage-'));
    const picturesZip = join(picturesDir, 'longimage.zip');
    await pictures.saveAs(picturesZip);
    execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', picturesZip, picturesDir]);
    const inZip = walk(picturesDir).filter((path) => path !== 'longimage.zip').sort();
    const pictureFiles = walk(join(site, 'longimage')).filter((path) => /\.(jpg|png)$/.test(path)).map((path) => `longimage/${path}`).sort();
    assert.deepEqual(inZip, pictureFiles);
    for (const path of parts) {
      assert.deepEqual(jpegSize(readFileSync(join(picturesDir, path))), jpegSize(readFileSync(join(site, path))), path);
    }

    // Served from a sub-path, the unzipped site's views pass the core checks.
    const served = await serve(unzipped, { prefix: '/news/yitu/' });
    try {
      const reader = await openPage(browser, served.url, PHONE);
      for (const path of ['', 'indicator/1/', 'task/1/', 'department/health/']) {
        await open(reader.page, served.url + path);
        assert.equal(await reader.page.locator('h1').count(), 1, path);
      }
      assert.deepEqual(reader.problems(), []);
    } finally {
      stop(served.server);
    }

    // Nothing left the builder's origin, and nothing was sent with a request.
    for (const request of requests()) {
      const address = new URL(request.url());
      assert.ok(['data:', 'blob:'].includes(address.protocol) || address.origin === new URL(url).origin, request.url());
      assert.equal(request.postDataBuffer(), null, request.url());
      assert.ok(['GET', 'HEAD'].includes(request.method()), request.url());
    }
    assert.deepEqual(problems(), []);
  });

  test('a workbook with no indicator and no task cannot be downloaded as a site', async () => {
    const { page } = await builderPage();
    // This plan's document with no indicator, task or department: a valid dataset with nothing to show.
    const plan = JSON.parse(readFileSync(join(root, 'src/data/dazu-2024-16.json'), 'utf8'));
    const empty = join(mkdtempSync(join(tmpdir(), 'yitu-empty-')), '空方案.json');
    writeFileSync(empty, JSON.stringify({ ...plan, indicators: [], sections: [], departments: [] }));
    assert.equal(await choose(page, empty), 'empty');
    assert.match(await page.textContent('#report'), /没有任何指标和任务，不能生成网站/);
    assert.equal(await page.locator('#download').isDisabled(), true);
    assert.equal(await page.locator('#publish-section').isVisible(), false);
  });

  test('a broken workbook lists every fault by cell, and the last preview stays', async () => {
    const { page } = await builderPage();
    assert.equal(await choose(page, WORKBOOK), 'valid');
    await previewShows(page, url, '');
    const views = await page.locator('#view option').count();
    assert.equal(await choose(page, broken), 'faults');
    const faults = await page.$$eval('#report .fault', (items) =>
      items.map((item) => [item.querySelector('code').textContent, item.querySelector('a.why').getAttribute('href')]),
    );
    assert.deepEqual(faults.map(([place]) => place), ['主要目标!J4', '重点任务!E7']);
    assert.deepEqual(faults.map(([, why]) => decodeURIComponent(why)), ['./help.html#主要目标-J', './help.html#重点任务-E']);
    assert.match(await page.textContent('#report'), /未知部门/);
    // The download offers nothing for a file with faults, and says so: the preview is the last good file's.
    assert.equal(await page.locator('#download').isDisabled(), true);
    assert.match(await page.textContent('#zip-size'), /方案-有错\.xlsx 有错：改好之前不能下载网站。下面的预览仍是上一次正确的 example\.xlsx 的/);
    assert.equal(await page.locator('#view option').count(), views);
    assert.equal(await page.isVisible('#preview'), true);
    await previewShows(page, url, '');
    // The help page has the column the link leads to.
    await page.goto(new URL('help.html', url).href);
    assert.match(await page.textContent('[id="主要目标-J"]'), /目标值/);
  });

  test('the last workbook is kept across a reload, and can be cleared', async () => {
    const { page } = await builderPage();
    assert.equal(await choose(page, WORKBOOK), 'valid');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.checked === 'valid');
    assert.match(await page.textContent('#saved'), /example\.xlsx/);
    // A broken file put in after it is kept beside it, never over it: after a reload, the good
    // file's preview and the broken file's faults, as before the reload.
    assert.equal(await choose(page, broken), 'faults');
    await page.evaluate(() => delete document.documentElement.dataset.checked);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.checked === 'faults');
    assert.match(await page.textContent('#saved'), /上一次正确的文件 example\.xlsx；有错的 方案-有错\.xlsx/);
    assert.ok((await page.locator('#view option').count()) > 16);
    assert.equal(await page.locator('#download').isDisabled(), true);
    // 清除 asks first; 取消 keeps everything.
    await page.click('#forget');
    assert.match(await page.textContent('#forget-confirm'), /无法恢复/);
    await page.click('#forget-no');
    assert.equal(await page.isVisible('#forget-confirm'), false);
    await page.click('#forget');
    await page.click('#forget-yes');
    await page.reload();
    await page.waitForFunction(() => document.getElementById('saved').hidden);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.checked ?? ''), '');
  });

  test('hostile files are refused with a clear message, and the page stays usable', async () => {
    const { page, problems } = await builderPage();
    assert.equal(await choose(page, WORKBOOK, { zip: true }), 'valid');
    const views = await page.locator('#view option').count();
    for (const [name, wanted, expected] of HOSTILE) {
      const outcome = await choose(page, name, { zip: wanted === 'valid' });
      const text = await page.textContent('#report');
      assert.equal(outcome, wanted, `${name}: ${text}`);
      assert.match(text, expected, name);
      // Nothing of the file became markup, and the last preview is still there.
      assert.equal(await page.locator('#report script, #report img, #report iframe').count(), 0, name);
      assert.equal(await page.evaluate(() => window.pwned ?? false), false, name);
      if (outcome !== 'valid') assert.equal(await page.locator('#view option').count(), views, name);
    }
    assert.deepEqual(problems(), []);
  });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`axe finds no WCAG 2.1 A/AA violation, ${viewport.width} px`, async () => {
      const { page, problems } = await builderPage(viewport);
      const axe = async (state) => {
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).exclude('#preview').analyze();
        const found = violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
        assert.deepEqual(found, [], state);
      };
      await axe('empty');
      assert.equal(await choose(page, WORKBOOK, { zip: true }), 'valid');
      await axe('previewed');
      // Keyboard: the file input, the fields, the view list, the long image's buttons and the
      // download button take focus in turn.
      const reached = new Set();
      const wanted = ['file', 'public-url', 'public-path', 'view', 'longimage-download', 'longimage-copy', 'download'];
      for (let step = 0; step < 300 && !wanted.every((id) => reached.has(id)); step += 1) {
        await page.keyboard.press('Tab');
        reached.add(await page.evaluate(() => document.activeElement?.id));
      }
      for (const id of wanted) assert.ok(reached.has(id), id);
      assert.equal(await choose(page, broken), 'faults');
      await axe('faults');
      assert.deepEqual(problems(), []);
    });
  }
});
