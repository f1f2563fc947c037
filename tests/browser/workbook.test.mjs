// The site `make workbook-dist` builds from an edited workbook: the plan exported, indicator 1's
// 2025 target changed from 4.5 to 5 and a published result (2024: 3.2) added by openpyxl
// (tests/workbook/edit.py). The reader sees both changes; every other page, CSV and card is
// dist/'s, byte for byte.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { closeSite, waitForCharts, openPage, openSite, waitForApp, DIST, PHONE, WORKBOOK_DIST } from './harness.mjs';

const SOURCE = '示例公报（测试数据，非真实发布）';

if (!existsSync(WORKBOOK_DIST)) {
  throw new Error(`${WORKBOOK_DIST} is missing: build it with \`make workbook-dist\` (make test does)`);
}

describe('a site built from an edited workbook', () => {
  let browser;
  let server;
  let url;

  before(async () => ({ browser, server, url } = await openSite('/yitu/', WORKBOOK_DIST)));
  after(() => closeSite({ browser, server }));

  test('the overview shows the new target', async () => {
    const { page, context, problems } = await openPage(browser, url, PHONE);
    await page.goto(url);
    await waitForApp(page);
    const row = page.locator('.target-table tbody tr').first();
    assert.equal(await row.locator('.target-table__figure--target').textContent(), '5');
    assert.match(await page.locator('.status-note').textContent(), /10项指标中1项已公布结果/);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test("indicator 1's page shows the new target and the published result, with its source", async () => {
    const { page, context, problems } = await openPage(browser, url, PHONE);
    await page.goto(`${url}indicator/1/`);
    await waitForApp(page);
    await waitForCharts(page);
    const chart = page.locator('.gauge-card [role="img"]').first();
    assert.match(await chart.getAttribute('aria-label'), /2025年目标达到5个.*2024年公开结果3\.2个/);
    assert.equal(await page.locator('.results__title').textContent(), '公开结果（1项）');
    const result = page.locator('.result').first();
    assert.equal(await result.locator('.result__value').textContent(), '3.2个');
    assert.match(await result.locator('.result__source').textContent(), new RegExp(SOURCE));
    assert.equal(await page.locator('.gauge-card [data-chart] svg').count(), 1);
    assert.deepEqual(problems(), []);
    await context.close();
  });
});

/** Every file of a built site, by its path inside it. */
function files(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
  });
}

/** A page or CSV as text, with the app's content-hashed file names (which follow the dataset) named alike. */
function text(root, file) {
  return readFileSync(join(root, file), 'utf8').replace(/\b(yitu|boot)-[0-9a-f]{16}/g, '$1-HASH');
}

/**
 * The footer's plan-wide words once any result is published: the provenance sentence names the
 * results' sources and the downloads gain results.csv.
 */
function withResultsPublished(page) {
  return page
    .replaceAll('本页数字均摘自原文件，未作任何推算。', '本页数字摘自原文件和各项结果注明的公开来源，未作任何推算。')
    .replaceAll(
      '<a href="data/tasks.csv" download="tasks.csv">重点任务分工</a>',
      '<a href="data/tasks.csv" download="tasks.csv">重点任务分工</a>、<a href="data/results.csv" download="results.csv">公开结果</a>',
    );
}

describe('against dist/, built from the plan', () => {
  // What shows indicator 1's target or results: the overview, its page and card, the overview's
  // card (its key figures), the indicator CSV, the results CSV, the workbook itself and the long image.
  const CHANGED = [
    'index.html',
    'indicator/1/index.html',
    'indicator/1/card.png',
    'card.png',
    'data/indicators.csv',
    'data/results.csv',
    'data/plan.xlsx',
    // The long image shows indicator 1 and the results, its text beside it too.
    'longimage/index.html',
    'longimage/long.png',
  ];
  const compared = (file) => /\.(html|csv|png)$/.test(file);

  // The two sites are compared file by file: they must be made on one day, or the comparison would
  // depend on when each was built. The day shows in the long image's page (制作日期), whose file is
  // left out of the byte comparison above; it must be SOURCE_DATE_EPOCH's, which make test sets.
  test('both sites were made on one day, the day SOURCE_DATE_EPOCH names', (t) => {
    const madeOn = (root) => {
      const day = /制作日期：(\d{4}年\d{1,2}月\d{1,2}日)/.exec(readFileSync(join(root, 'longimage/index.html'), 'utf8'));
      assert.ok(day, `${root}/longimage/index.html names the day it was made`);
      return day[1];
    };
    assert.equal(madeOn(WORKBOOK_DIST), madeOn(DIST), 'target/workbook-dist and dist/ were made on different days');
    const epoch = Number(process.env.SOURCE_DATE_EPOCH);
    if (Number.isFinite(epoch) && epoch > 0) {
      const day = new Date(epoch * 1000);
      const named = `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
      assert.equal(madeOn(DIST), named, 'dist/ was not made on the day SOURCE_DATE_EPOCH names');
    } else {
      t.diagnostic('SOURCE_DATE_EPOCH is not set (make test sets it): both sites were made on one day, but which was not checked');
    }
  });

  test('both sites have the same files', () => {
    const names = (root) => files(root).map((file) => file.replace(/\b(yitu|boot)-[0-9a-f]{16}/g, '$1-HASH')).sort();
    assert.deepEqual(names(WORKBOOK_DIST), names(DIST));
  });

  test('every other page, CSV and card is byte-identical, the footer apart', () => {
    const others = files(DIST).filter((file) => compared(file) && !CHANGED.includes(file));
    assert.ok(others.length > 40, `${others.length} files compared`);
    for (const file of others) {
      if (file.endsWith('.png')) {
        assert.ok(readFileSync(join(DIST, file)).equals(readFileSync(join(WORKBOOK_DIST, file))), file);
      } else {
        assert.equal(text(WORKBOOK_DIST, file), withResultsPublished(text(DIST, file)), file);
      }
    }
  });

  test('the changed files show the new target and the result', () => {
    for (const file of CHANGED.filter(compared)) {
      assert.notDeepEqual(readFileSync(join(WORKBOOK_DIST, file)), readFileSync(join(DIST, file)), file);
    }
    const results = text(WORKBOOK_DIST, 'data/results.csv');
    assert.match(results, /2024/);
    assert.match(results, /3\.2/);
    assert.match(results, new RegExp(SOURCE));
    const indicators = (root) => text(root, 'data/indicators.csv').split('\n');
    const [before, after] = [indicators(DIST), indicators(WORKBOOK_DIST)];
    assert.equal(after.length, before.length);
    const changedRows = after.filter((row, index) => row !== before[index]);
    assert.equal(changedRows.length, 1, changedRows.join('\n'));
    assert.match(changedRows[0], /^1,/);
  });
});

// What an editor sees after a mistake, from the README's build command.
test('a broken workbook fails the build with every fault on its cell, and leaves the site as it was', () => {
  const root = new URL('../..', import.meta.url).pathname;
  const scratch = join(root, 'target/workbook-test');
  const site = join(scratch, 'broken-dist');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'index.html'), 'the site as it was');
  execFileSync('python3', ['tests/workbook/break.py', join(scratch, 'plan.xlsx'), join(scratch, 'broken.xlsx')], { cwd: root });
  const build = spawnSync(
    'make',
    ['--no-print-directory', 'dist', `YITU_DATASET=${join(scratch, 'broken.xlsx')}`, `DIST=${site}`, `STAGING=${site}-staging`],
    { cwd: root, encoding: 'utf8' },
  );
  assert.notEqual(build.status, 0);
  assert.match(build.stderr, /2 处错误：\n {2}主要目标!J4: 公式 =50\+10 没有计算结果.*\n {2}重点任务!E7: 未知部门："区外交部"（部门表里没有这个名称：改成部门表里的写法，或在部门表里加上它）\n/);
  assert.deepEqual(readdirSync(site), ['index.html']);
  assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'the site as it was');
  // The build stopped before its first step: nothing was staged.
  assert.equal(existsSync(`${site}-staging`), false);
});
