// Importing a notice in the builder page (target/builder/, `make builder`) in headless Chromium: a
// notice pasted as the clipboard's HTML or plain text, and a .docx chosen in the notice picker, become
// a draft whose 待核对 table is the draft's 待核对 sheet, whose download has the cells `make import`
// writes for the same notice (every sheet, compared with openpyxl), and whose site (or faults) the
// page then shows; a .docx zip bomb and an unknown file type are refused with a clear message and the
// page goes on working; axe finds nothing with the draft shown.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, open, openBuilder, DESKTOP, PHONE } from './harness.mjs';

const root = new URL('../..', import.meta.url).pathname;
const NOTICES = join(root, 'tests/fixtures/notices');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const work = mkdtempSync(join(tmpdir(), 'yitu-builder-import-'));

/** Writes a zip of `entries` ({name: text}) with Python's zipfile, deflated; returns its path. */
function zipFile(name, entries) {
  const path = join(work, name);
  const script = 'import sys, json, zipfile\n'
    + 'with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:\n'
    + '    for k, v in json.loads(sys.argv[2]).items(): z.writestr(k, v)\n';
  execFileSync('python3', ['-c', script, path, JSON.stringify(entries)]);
  return path;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const p = (text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tr = (cells) => `<w:tr>${cells.map((cell) => `<w:tc>${p(cell)}</w:tc>`).join('')}</w:tr>`;
const documentXml = (body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

/** A small notice as a .docx: its title and a task table of two tasks. */
const DOCX = zipFile('农村服务通知.docx', {
  '[Content_Types].xml': '<Types/>',
  'word/document.xml': documentXml([
    p('某镇人民政府办公室关于印发某镇农村服务提升行动方案的通知'),
    p('二、重点任务分工'),
    `<w:tbl>${[
      tr(['序号', '重点任务', '牵头单位', '责任单位']),
      tr(['1', '建设村级服务站。每村一站。', '镇农业服务中心', '各村']),
      tr(['2', '培训村级服务员。', '镇农业服务中心', '镇财政所、镇社会事务办']),
    ].join('')}</w:tbl>`,
  ].join('')),
});
/** A zip bomb: 30 MB of spaces in document.xml, a few tens of kilobytes packed. */
const BOMB = join(work, '炸弹.docx');
execFileSync('python3', ['-c', [
  'import sys, zipfile',
  'with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:',
  '    z.writestr("[Content_Types].xml", "<Types/>")',
  `    z.writestr("word/document.xml", '<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>' + " " * 30_000_000 + "</w:t></w:r></w:p></w:body></w:document>")`,
].join('\n'), BOMB]);
const UNKNOWN = join(work, '通知.pdf');
writeFileSync(UNKNOWN, '%PDF-1.4 not a notice');

/** What `make import` (the import program) writes for `notice`: the draft's path. */
function imported(notice) {
  const out = join(mkdtempSync(join(work, 'cli-')), 'draft.xlsx');
  execFileSync('cargo', ['run', '--quiet', '--bin', 'import', '--', notice, out], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  return out;
}

/** Every sheet's cell values, in order, as openpyxl reads them. */
function cells(path) {
  const script = 'import sys, json, openpyxl\n'
    + 'wb = openpyxl.load_workbook(sys.argv[1])\n'
    + 'print(json.dumps([[ws.title, [[None if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)]] for ws in wb.worksheets], ensure_ascii=False))\n';
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** The data rows of the 待核对 sheet: [单元格, 原因, 原文]. */
function reviewSheet(sheets) {
  const [, rows] = sheets.find(([title]) => title === '待核对');
  return rows.slice(2).map((row) => row.map((cell) => cell ?? ''));
}

describe('importing a notice in the builder page', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  async function builderPage(viewport = PHONE) {
    const opened = await openBuilder(browser, viewport);
    await opened.page.evaluate(() => {
      delete document.documentElement.dataset.draft;
      delete document.documentElement.dataset.checked;
    });
    return opened;
  }

  /** Pastes `content` as the clipboard's `type` into the focused paste box. */
  async function paste(page, type, content) {
    await page.focus('#paste');
    const prevented = await page.evaluate(([type, content]) => {
      const data = new DataTransfer();
      data.setData(type, content);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      return !document.activeElement.dispatchEvent(event);
    }, [type, content]);
    assert.ok(prevented, 'the paste is handled by the page, not put into the box');
  }

  /** Waits for the import's outcome and the draft's check; returns both. */
  async function outcome(page) {
    await page.waitForFunction(() => document.documentElement.dataset.draft);
    const draft = await page.evaluate(() => document.documentElement.dataset.draft);
    if (draft === 'failed') return { draft };
    await page.waitForFunction(() => document.documentElement.dataset.checked);
    const checked = await page.evaluate(() => document.documentElement.dataset.checked);
    if (checked === 'valid') await page.waitForFunction(() => Number(document.documentElement.dataset.preview) > 0);
    return { draft, checked };
  }

  /** The page's 待核对 items, each as the sheet's row [单元格, 原因, 原文], in the sheet's order. */
  async function reviewTable(page) {
    const items = await page.$$eval('#draft .check', (checks) => checks.map((check) => [
      Number(check.id.slice('check-'.length)),
      [check.dataset.cell, check.querySelector('.reason').textContent, check.querySelector('.passage').textContent.replace('（原文中没有对应的文字）', '')],
    ]));
    return items.sort(([a], [b]) => a - b).map(([, row]) => row);
  }

  /** Downloads the draft; returns its suggested name and its saved path. */
  async function download(page) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#draft-download')]);
    const path = join(mkdtempSync(join(work, 'page-')), 'draft.xlsx');
    await file.saveAs(path);
    return { name: file.suggestedFilename(), path };
  }

  /** The draft's import, the review table and the download against `make import`'s workbook. */
  async function assertSameDraft(page, notice, name) {
    const native = cells(imported(notice));
    // The page shows the line apart from the passage (原文第 N 行).
    const review = reviewSheet(native).map(([cell, reason, source]) => [cell, reason, source.replace(/^第\d+行：/, '')]);
    assert.ok(review.length > 0, 'the notice has cells to check');
    assert.deepEqual(await reviewTable(page), review);
    assert.match(await page.textContent('#draft .summary'), new RegExp(`待核对 ${review.length} 项`));
    assert.equal(await page.evaluate(() => document.documentElement.dataset.draft), String(review.length));
    const saved = await download(page);
    assert.equal(saved.name, name);
    assert.deepEqual(cells(saved.path), native);
  }

  test('pasted HTML (a notice page) becomes the draft make import writes, and its site is previewed', async () => {
    const { page, problems } = await builderPage();
    await paste(page, 'text/html', readFileSync(join(NOTICES, 'table.html'), 'utf8'));
    const { draft, checked } = await outcome(page);
    assert.notEqual(draft, 'failed', await page.textContent('#draft'));
    await assertSameDraft(page, join(NOTICES, 'table.html'), '草稿.xlsx');
    // The draft is the page's dataset file: its check and its preview (or its faults by cell).
    assert.match(await page.textContent('#report'), /草稿\.xlsx/);
    if (checked === 'valid') assert.ok(await page.locator('#preview-section').isVisible());
    else assert.ok((await page.locator('#report .faults li').count()) > 0, checked);
    assert.deepEqual(problems(), []);
  });

  test('pasted plain text (this plan’s notice) becomes the draft make import writes, previewed in every view', async () => {
    const { page, problems } = await builderPage();
    const notice = join(NOTICES, 'dazu-2024-16.txt');
    await paste(page, 'text/plain', readFileSync(notice, 'utf8'));
    const { checked } = await outcome(page);
    assert.match(await page.textContent('#draft .summary'), /10 个指标、16 项任务、18 个部门/);
    await assertSameDraft(page, notice, '草稿.xlsx');
    assert.equal(checked, 'valid', await page.textContent('#report'));
    assert.match(await page.textContent('#report'), /10 项指标、16 项任务、18 个部门/);
    assert.ok(await page.locator('#preview-section').isVisible());
    assert.ok((await page.locator('#view option').count()) > 16);
    assert.deepEqual(problems(), []);
  });

  test('a .docx chosen in the notice picker imports; a zip bomb and an unknown type are refused, and the page goes on', async () => {
    const { page, problems } = await builderPage();
    await page.setInputFiles('#notice-file', DOCX);
    const first = await outcome(page);
    assert.notEqual(first.draft, 'failed', await page.textContent('#draft'));
    assert.match(await page.textContent('#draft .summary'), /2 项任务/);
    await assertSameDraft(page, DOCX, '农村服务通知-草稿.xlsx');

    for (const [file, expected] of [[BOMB, /没能导入：炸弹\.docx: word\/document\.xml 解压后超过 20 MB/], [UNKNOWN, /没能导入：通知\.pdf: 不认识的扩展名 "pdf"/]]) {
      await page.evaluate(() => delete document.documentElement.dataset.draft);
      await page.setInputFiles('#notice-file', file);
      assert.deepEqual(await outcome(page), { draft: 'failed' }, file);
      assert.match(await page.textContent('#draft .problem'), expected);
      assert.equal(await page.locator('#draft .check').count(), 0, file);
      assert.equal(await page.locator('#progress').isVisible(), false, 'the progress bar is gone');
    }
    // The page still works: the same .docx imports again.
    await page.evaluate(() => {
      delete document.documentElement.dataset.draft;
      delete document.documentElement.dataset.checked;
    });
    await page.setInputFiles('#notice-file', DOCX);
    assert.notEqual((await outcome(page)).draft, 'failed');
    assert.match(await page.textContent('#draft .summary'), /2 项任务/);
    assert.deepEqual(problems(), []);
  });

  test('a notice dropped on the workbook slot is drafted as a notice, not refused as a workbook', async () => {
    const { page, problems } = await builderPage();
    const notice = join(NOTICES, 'dazu-2024-16.txt');
    await page.setInputFiles('#file', notice);
    const { draft, checked } = await outcome(page);
    assert.notEqual(draft, 'failed', await page.textContent('#draft'));
    assert.match(await page.textContent('#draft .summary'), /10 个指标、16 项任务、18 个部门/);
    await assertSameDraft(page, notice, 'dazu-2024-16-草稿.xlsx');
    assert.equal(checked, 'valid', await page.textContent('#report'));
    assert.doesNotMatch(await page.textContent('body'), /WPS 里改好|数据文件应为/);
    // The download names the draft and its open items, and asks before it gives the site.
    await page.waitForFunction(() => document.documentElement.dataset.zip === 'ready', null, { timeout: 120_000 });
    const open = Number(await page.evaluate(() => document.documentElement.dataset.draft));
    assert.ok(open > 0);
    assert.match(await page.textContent('#zip-size'), new RegExp(`来自 dazu-2024-16-草稿\\.xlsx.*草稿还有 ${open} 项待核对`));
    await page.click('#download');
    assert.equal(await page.locator('#download-confirm').isVisible(), true);
    assert.match(await page.textContent('#download-open'), new RegExp(`还有 ${open} 项待核对`));
    const [zip] = await Promise.all([page.waitForEvent('download'), page.click('#download-anyway')]);
    assert.equal(zip.suggestedFilename(), '一图读懂网站.zip');
    assert.deepEqual(problems(), []);
  });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`with a draft shown, axe finds no WCAG 2.1 A/AA violation and the keyboard reaches the import, ${viewport.width} px`, async () => {
      const { page, problems } = await builderPage(viewport);
      await paste(page, 'text/html', readFileSync(join(NOTICES, 'table.html'), 'utf8'));
      await outcome(page);
      assert.ok((await page.locator('#draft .check').count()) > 0);
      const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
      await page.evaluate(() => document.activeElement?.blur());
      const reached = new Set();
      const wanted = ['paste', 'notice-file', 'draft-download', 'file'];
      for (let step = 0; step < 60 && !wanted.every((id) => reached.has(id)); step += 1) {
        await page.keyboard.press('Tab');
        reached.add(await page.evaluate(() => document.activeElement?.id));
      }
      for (const id of wanted) assert.ok(reached.has(id), id);
      assert.deepEqual(problems(), []);
    });
  }
});
