// 审核草稿 in the builder page (target/builder/, `make builder`), in headless Chromium, as an editor
// reviews this plan's notice: the items that need judgment come first (at most 10), the routine
// group is confirmed at once, an edit shows in the preview and 撤销 takes it back, a reload keeps
// the review, 下载草稿 gives the reviewed workbook (openpyxl reads the edit and a 待核对 sheet of
// what is still open), and 下载网站 gives exactly `make site`'s site of that workbook. Long passages
// stay short, failures say nothing in English or as a JSON path, hostile text stays text, and axe
// finds nothing at 375 and 1280 px while the whole review is done from the keyboard.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, open, openBuilder, DESKTOP, PHONE } from './harness.mjs';
import { assertSameSite } from './site-zip.mjs';

const root = new URL('../..', import.meta.url).pathname;
const NOTICE = join(root, 'tests/fixtures/notices/dazu-2024-16.txt');
const CORPUS = join(root, 'tests/import/corpus');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const work = mkdtempSync(join(tmpdir(), 'yitu-review-'));
const html = readdirSync(CORPUS).filter((name) => name.endsWith('.html')).sort();

/** One sheet's rows as openpyxl reads them (cells as text, empty as ''). */
function sheet(path, title) {
  const script = 'import sys, json, openpyxl\n'
    + 'ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]\n'
    + 'print(json.dumps([["" if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)], ensure_ascii=False))\n';
  return JSON.parse(execFileSync('python3', ['-c', script, path, title], { encoding: 'utf8' }));
}

describe('reviewing a draft on the builder page', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  const builderPage = (viewport = PHONE) => openBuilder(browser, viewport);

  /** Pastes `content` as the clipboard's `type` and waits for the draft's review and preview. */
  async function pasteNotice(page, type, content, { preview = true } = {}) {
    await page.evaluate(() => {
      delete document.documentElement.dataset.draft;
      delete document.documentElement.dataset.preview;
    });
    await page.focus('#paste');
    await page.evaluate(([type, content]) => {
      const data = new DataTransfer();
      data.setData(type, content);
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, [type, content]);
    await page.waitForFunction(() => document.documentElement.dataset.draft);
    if (preview) await page.waitForFunction(() => Number(document.documentElement.dataset.preview) > 0);
  }

  /** Waits for the preview to be rebuilt after `act`, and returns the overview's text. */
  async function rebuilt(page, act) {
    await page.evaluate(() => {
      delete document.documentElement.dataset.preview;
    });
    await act();
    await page.waitForFunction(() => Number(document.documentElement.dataset.preview) > 0);
    return page.frameLocator('#preview').locator('body').textContent();
  }

  const openCount = (page) => page.evaluate(() => Number(document.documentElement.dataset.draft));

  test('this plan: judgment first, routine confirmed at once, an edit previewed, undone, kept over a reload, downloaded and published', async () => {
    const { page, problems } = await builderPage(DESKTOP);
    await pasteNotice(page, 'text/plain', readFileSync(NOTICE, 'utf8'));
    const total = await page.locator('#draft .check').count();
    assert.equal(await openCount(page), total);

    // 需要判断 N 项 first, N at most 10; the routine group after it, closed.
    const heading = await page.textContent('#draft h3');
    const judged = Number(/需要判断 (\d+) 项/.exec(heading)[1]);
    assert.ok(judged >= 1 && judged <= 10, heading);
    assert.equal(await page.locator('#draft > ol.checks > .check').count(), judged);
    const routine = await page.locator('#routine .check').count();
    assert.equal(judged + routine, total);
    assert.equal(await page.locator('#routine').getAttribute('open'), null);
    // Each item shows the notice's passage with the words in question marked, and its line.
    const title = page.locator('#draft .check', { hasText: '文件信息 · 标题' });
    assert.ok((await title.locator('mark').count()) > 0);
    await title.getByRole('link', { name: /原文第 \d+ 行/ }).click();
    const line = page.locator('#source li.here');
    assert.match(await line.textContent(), /大足区3岁以下婴幼儿照护服务/);
    assert.equal(await page.locator('#source').getAttribute('open'), '');

    // 全部确认 confirms the routine group at once.
    await page.click('#routine > summary');
    await page.click('#confirm-routine');
    assert.equal(await openCount(page), total - routine);
    assert.equal(await page.locator('#routine .check[data-status="已确认"]').count(), routine);

    // An edit of a flagged field: checked, previewed.
    const shortTitle = page.locator('#draft .check', { hasText: '文件信息 · 简称' });
    const id = (await shortTitle.getAttribute('id')).slice('check-'.length);
    await page.click(`#edit-${id}`);
    await page.fill(`#input-${id}`, '托育服务能力提升行动');
    let overview = await rebuilt(page, () => page.click(`#check-${id} form button[type=submit]`));
    assert.match(overview, /托育服务能力提升行动/);
    assert.equal(await page.textContent(`#check-${id} .current`), '托育服务能力提升行动');
    assert.equal(await openCount(page), total - routine - 1);
    // 撤销 takes it back, 重做 makes it again.
    overview = await rebuilt(page, () => page.click('#undo'));
    assert.doesNotMatch(overview, /托育服务能力提升行动/);
    assert.equal(await page.getAttribute(`#check-${id}`, 'data-status'), '待核对');
    overview = await rebuilt(page, () => page.click('#redo'));
    assert.match(overview, /托育服务能力提升行动/);

    // A reload: the draft with its review state, and the preview of the edited draft.
    await page.evaluate(() => delete document.documentElement.dataset.preview);
    await page.reload();
    await page.waitForFunction(() => Number(document.documentElement.dataset.preview) > 0);
    assert.equal(await openCount(page), total - routine - 1);
    assert.equal(await page.textContent(`#check-${id} .current`), '托育服务能力提升行动');
    assert.equal(await page.locator('#routine .check[data-status="已确认"]').count(), routine);
    assert.match(await page.frameLocator('#preview').locator('body').textContent(), /托育服务能力提升行动/);
    assert.equal(await page.locator('#undo').isDisabled(), false);

    // 下载草稿: the edit in its cell, and a 待核对 sheet of what is still open.
    const [draftFile] = await Promise.all([page.waitForEvent('download'), page.click('#draft-download')]);
    const draft = join(work, 'draft.xlsx');
    await draftFile.saveAs(draft);
    const info = sheet(draft, '文件信息');
    assert.deepEqual(info.find((row) => row[0] === '简称'), ['简称', '托育服务能力提升行动']);
    const open = sheet(draft, '待核对').slice(2).map((row) => row[0]);
    assert.equal(open.length, total - routine - 1);
    assert.ok(!open.includes('文件信息!B5') && !open.some((cell) => cell.startsWith('部门!')), open.join(' '));

    // 下载网站: asks first (items are open), then gives make site's site of that very workbook.
    await page.waitForFunction(() => document.documentElement.dataset.zip === 'ready', null, { timeout: 120_000 });
    assert.match(await page.textContent('#zip-size'), new RegExp(`草稿还有 ${open.length} 项待核对`));
    await page.click('#download');
    assert.match(await page.textContent('#download-open'), new RegExp(`还有 ${open.length} 项待核对`));
    const [zipFile] = await Promise.all([page.waitForEvent('download'), page.click('#download-anyway')]);
    const zip = join(work, 'site.zip');
    await zipFile.saveAs(zip);
    const unzipped = mkdtempSync(join(work, 'zip-'));
    execFileSync('python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', zip, unzipped]);
    const site = mkdtempSync(join(work, 'site-'));
    const made = spawnSync('make', ['--no-print-directory', 'site', `DATASET=${draft}`, `OUT=${site}`], {
      cwd: root,
      env: { ...process.env, YITU_PUBLIC_URL: '', YITU_PUBLIC_PATH: '' },
      encoding: 'utf8',
    });
    assert.equal(made.status, 0, made.stderr);
    assert.ok(assertSameSite(unzipped, site).length > 40);
    assert.deepEqual(problems(), []);
  });

  test('an HTML notice: no review cell over 600 characters; failures in plain Chinese', async () => {
    const { page, problems } = await builderPage();
    assert.ok(html.length >= 5);
    for (const name of html.slice(0, 3)) {
      await pasteNotice(page, 'text/html', readFileSync(join(CORPUS, name), 'utf8'), { preview: false });
      const lengths = await page.$$eval('#draft .check', (items) => items.flatMap((item) => [...item.querySelectorAll('.passage, .reason, .current')].map((node) => node.textContent.length)));
      assert.ok(lengths.length > 0, name);
      assert.ok(Math.max(...lengths) <= 600, `${name}: ${Math.max(...lengths)}`);
    }
    // An empty notice file and a broken .docx: what the page says has no JSON path and no English.
    const empty = join(work, '空白通知.txt');
    writeFileSync(empty, '');
    const broken = join(work, '损坏.docx');
    writeFileSync(broken, 'PK\u0003\u0004 not really a zip');
    for (const file of [empty, broken]) {
      await page.evaluate(() => {
        delete document.documentElement.dataset.draft;
        delete document.documentElement.dataset.checked;
      });
      await page.setInputFiles('#notice-file', file);
      await page.waitForFunction(() => document.documentElement.dataset.draft);
      if (file === empty) {
        // The draft of an empty notice has nothing to publish: its 文件信息 is empty (faults), and
        // it cannot be downloaded as a site.
        await page.waitForFunction(() => document.documentElement.dataset.checked);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.checked), 'faults');
        // Each fault is shown beside its item from the start, in the workbook's words.
        assert.ok((await page.locator('#draft .check .check-faults').count()) > 0);
        assert.match(await page.textContent('#draft .check-faults'), /这一格：/);
        assert.equal(await page.locator('#download').isDisabled(), true);
      }
      const said = `${await page.textContent('#draft')} ${await page.textContent('#report')}`;
      assert.doesNotMatch(said, /\$\.|zip|archive|EOCD|invalid|error|YYYY/i, file);
    }
    assert.match(await page.textContent('#draft'), /不是可读的 \.docx 文件/);
    assert.deepEqual(problems(), []);
  });

  test('hostile text in an edit stays text, on the page and in the preview', async () => {
    const { page, problems } = await builderPage();
    await pasteNotice(page, 'text/plain', readFileSync(NOTICE, 'utf8'));
    const hostile = '<img/src=x/onerror=window.pwned=1>托育</b>&amp;';
    const shortTitle = page.locator('#draft .check', { hasText: '文件信息 · 简称' });
    const id = (await shortTitle.getAttribute('id')).slice('check-'.length);
    await page.click(`#edit-${id}`);
    await page.fill(`#input-${id}`, hostile);
    const overview = await rebuilt(page, () => page.press(`#input-${id}`, 'Enter'));
    assert.ok(overview.includes(hostile));
    assert.equal(await page.textContent(`#check-${id} .current`), hostile);
    assert.equal(await page.locator('#draft img').count(), 0);
    assert.equal(await page.frameLocator('#preview').locator('img[src="x"]').count(), 0);
    assert.equal(await page.evaluate(() => window.pwned ?? false), false);
    assert.deepEqual(problems(), []);
  });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`the review by keyboard alone, axe finds nothing, no sideways scroll, ${viewport.width} px`, async () => {
      const { page, problems } = await builderPage(viewport);
      await pasteNotice(page, 'text/plain', readFileSync(NOTICE, 'utf8'));
      const before = await openCount(page);
      // Tab to the first 确认 and press Enter; then to its 修改, and save a new value with Enter.
      await page.focus('#paste');
      let reached = '';
      for (let step = 0; step < 40 && !reached.startsWith('confirm-'); step += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.id ?? '');
      }
      assert.match(reached, /^confirm-\d+$/);
      await page.keyboard.press('Enter');
      await page.waitForFunction((count) => Number(document.documentElement.dataset.draft) === count - 1, before);
      // The focus moves on to the next open item's 确认.
      const next = await page.evaluate(() => document.activeElement?.id);
      assert.match(next, /^confirm-\d+$/);
      assert.notEqual(next, reached);
      // 修改 from the keyboard: Enter opens the field, Enter saves it; 撤销 takes it back.
      const shortTitle = page.locator('#draft .check', { hasText: '文件信息 · 简称' });
      const editable = `edit-${(await shortTitle.getAttribute('id')).slice('check-'.length)}`;
      await page.focus(`#${editable}`);
      await page.keyboard.press('Enter');
      const input = `#input-${editable.slice('edit-'.length)}`;
      assert.equal(await page.evaluate(() => document.activeElement?.id), input.slice(1));
      await page.keyboard.press('Control+A');
      await page.keyboard.type('键盘改动');
      await page.keyboard.press('Enter');
      const item = `#check-${editable.slice('edit-'.length)}`;
      await page.waitForFunction((selector) => document.querySelector(selector)?.dataset.status === '已修改', item);
      assert.equal(await page.textContent(`${item} .current`), '键盘改动');
      await page.focus('#undo');
      await page.keyboard.press('Enter');
      await page.waitForFunction((selector) => document.querySelector(selector)?.dataset.status !== '已修改', item);
      // The routine group opens from the keyboard too, and 全部确认 is reached.
      await page.focus('#routine > summary');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'confirm-routine');
      const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), viewport.width);
      assert.deepEqual(problems(), []);
    });
  }
});
