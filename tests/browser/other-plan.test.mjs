// A second plan, unlike this one: other sizes, every target shape, a third role (配合单位), deadlines and
// published results. Built by `make other-plan` into target/other-plan-dist from tests/fixtures/other-plan.json.
// Counts and names are read from that fixture; verdicts and printed targets are written out below from
// its figures, never computed by a restatement of the rule under test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { assertGaugeTextsApart, closeSite, waitForCharts, openPage, openSite, waitForApp, OTHER_PLAN_DIST, PHONE } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DIST = OTHER_PLAN_DIST;
const plan = JSON.parse(readFileSync(`${root}tests/fixtures/other-plan.json`));
const tasks = plan.sections.flatMap((section) => section.tasks);
const withResults = plan.indicators.filter((indicator) => indicator.results.length > 0);
// Targets with no dial: in words, assigned by a higher level, or none (`-`).
const NO_DIAL = ['text', 'assigned', 'not_applicable'];
const SHOTS = process.env.SCREENSHOTS ?? `${root}target/screenshots`;

let site;
let browser;
let url;

before(async () => {
  assert.ok(existsSync(`${DIST}/index.html`), `${DIST} is built by \`make other-plan\``);
  site = await openSite('/plans/other/', DIST);
  ({ browser, url } = site);
  mkdirSync(SHOTS, { recursive: true });
});
after(() => closeSite(site));

/** Opens a view at phone size, waits for the app, checks nothing scrolls sideways, and screenshots it. */
async function view(page, path, shot) {
  await page.goto(url + path);
  await waitForApp(page);
  const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${path || 'overview'} scrolls sideways: ${width}px`);
  if (shot) {
    await waitForCharts(page);
    await page.screenshot({ path: `${SHOTS}/other-plan-${shot}.png`, fullPage: true });
  }
}

test('the overview tells this plan truly: its sizes, its period and how many indicators have results', async () => {
  const { page, context, problems } = await openPage(browser, url, PHONE);
  try {
    await view(page, '', 'overview');
    const rows = page.locator('.target-table tbody tr:not(.target-table__group)');
    assert.equal(await rows.count(), plan.indicators.length);
    const categories = new Set(plan.indicators.map((indicator) => indicator.category).filter(Boolean));
    assert.equal(await page.locator('.target-table__group').count(), categories.size);
    const status = await page.locator('.status-note').textContent();
    assert.ok(
      status.includes(`${plan.indicators.length}项指标中${withResults.length}项已公布结果`),
      status,
    );
    // Nothing says no results were published, beside indicators that have them.
    const body = await page.locator('body').textContent();
    for (const phrase of ['暂无公开进展数据', '未公布各年度完成情况', '均无公开结果']) {
      assert.ok(!body.includes(phrase), phrase);
    }
    assert.equal(
      await page.locator('.progress-note--none').count(),
      plan.indicators.length - withResults.length,
    );
    // Every published result is listed, each with its verdict in words and a shape.
    const results = withResults.reduce((sum, indicator) => sum + indicator.results.length, 0);
    assert.equal(await page.locator('.gauge-card .result').count(), results);
    assert.equal(await page.locator('.gauge-card .result .result__mark').count(), results);
    // No result before the target year is called a miss.
    const early = withResults.flatMap((i) => i.results).filter((r) => r.year < plan.document.period_end);
    assert.ok(early.length > 0);
    assert.ok(!body.includes('未达到目标'), 'nothing before the target year is called 未达到目标');
    // Targets in words get a badge, not a dial.
    const wordy = plan.indicators.filter((i) => NO_DIAL.includes(i.target.kind));
    assert.equal(await page.locator('.target-badge').count(), wordy.length);
    // The matrix shows the third role with its own mark.
    const cooperating = tasks.reduce((sum, task) => sum + (task.cooperating ?? []).length, 0);
    assert.equal(await page.locator('.matrix-table .mark--cooperating').count(), cooperating);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('an indicator ahead of its milestone says so, with every result, source and date', async () => {
  const { page, context, problems } = await openPage(browser, url, PHONE);
  try {
    const indicator = withResults.find((i) => i.milestones.length > 0);
    // Indicator 1 of the fixture: milestones 3 (2024) and 3.8 (2025); results 3.2 (2024), past its
    // milestone, and 3.7 (2025), short of it.
    assert.equal(indicator.id, 1, 'the fixture\'s first indicator with milestones and results');
    const verdicts = { 2024: '快于进度', 2025: '慢于进度' };
    await view(page, `indicator/${indicator.id}/`, `indicator-${indicator.id}`);
    const items = page.locator('.result');
    assert.equal(await items.count(), indicator.results.length);
    const sorted = [...indicator.results].sort((a, b) => a.year - b.year);
    assert.deepEqual(sorted.map((result) => String(result.year)), Object.keys(verdicts));
    for (const [index, result] of sorted.entries()) {
      const text = await items.nth(index).textContent();
      assert.ok(text.includes(`${result.year}年`), text);
      assert.ok(text.includes(result.source), text);
      assert.ok(text.includes(verdicts[result.year]), `${result.year}: ${verdicts[result.year]} in ${text}`);
    }
    const linked = sorted.find((result) => result.url);
    assert.equal(await page.locator(`.result a[href="${linked.url}"]`).count(), 1);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('every shape reads on its own page, and tasks and departments show the third role and deadlines', async () => {
  const { page, context, problems } = await openPage(browser, url, PHONE);
  try {
    for (const indicator of plan.indicators) {
      await view(page, `indicator/${indicator.id}/`, ['≤', '<'].includes(indicator.target.comparator) || indicator.target.kind !== 'value' ? `indicator-${indicator.id}` : null);
      assert.equal(await page.locator('h1').textContent(), indicator.name);
      const hasDial = !NO_DIAL.includes(indicator.target.kind);
      assert.equal(await page.locator('.target-badge').count(), hasDial ? 0 : 1, indicator.name);
    }
    const task = tasks.find((t) => t.deadline && (t.cooperating ?? []).length > 0) ?? tasks.find((t) => t.deadline);
    await view(page, `task/${task.id}/`, `task-${task.id}`);
    assert.ok((await page.locator('.detail__meta').textContent()).includes(`完成时限：${task.deadline}`));
    const helper = tasks.find((t) => (t.cooperating ?? []).length > 0);
    const department = plan.departments.find((d) => d.name === helper.cooperating[0]);
    await view(page, `department/${department.slug}/`, `department-${department.slug}`);
    assert.equal(await page.locator('#role-cooperating').count(), 1);
    const count = tasks.filter((t) => (t.cooperating ?? []).includes(department.name)).length;
    assert.ok((await page.locator('#role-cooperating').textContent()).includes(`（${count}项）`));
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('results.csv lists every published result with the columns editors expect', async () => {
  const response = await fetch(`${url}data/results.csv`);
  assert.equal(response.status, 200);
  // Keep the byte-order mark that Excel and WPS need (response.text() would strip it).
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  // Text cells are quoted (tools that read CSV unquote them); figures are bare.
  assert.ok(text.startsWith('\ufeff"序号","指标","年份","数值","单位","来源","发布日期","链接"\r\n'), text.slice(0, 80));
  const lines = text.trim().split('\r\n');
  assert.equal(lines.length - 1, withResults.reduce((sum, indicator) => sum + indicator.results.length, 0));
});

test('every gauge of this plan keeps its labels and centre text apart and inside the drawing, also in the 大字版', async () => {
  const gauges = plan.indicators.filter((indicator) => !NO_DIAL.includes(indicator.target.kind));
  await assertGaugeTextsApart(browser, url, gauges);
});

// What real notices add: an indicator's own units and posts, notes, and the shapes worded around a figure.
const owned = plan.indicators.filter((i) => (i.lead ?? []).length + (i.responsible ?? []).length > 0);
const posts = [...plan.indicators, ...tasks].flatMap((item) => item.officials ?? []);
const newShapes = plan.indicators.filter((i) => i.target.kind === 'not_applicable' || i.target.wording || i.target.separator);

/**
 * Each worded shape of the fixture: its 2026 target as the notice prints it, and the verdict of each
 * published result by year, worked out by hand from the fixture's figures (baseline year 2023, target
 * year 2026; before it, a result is judged against the straight path from the start).
 */
const WORDED = {
  // Range 1到2; 2 in 2026, the target year: inside.
  16: { printed: '1到2', verdicts: { 2026: '已达到目标' } },
  // 增长6.2%左右 has no start to draw a path from; 6 in 2026 is within 5% of 6.2.
  17: { printed: '增长6.2%左右', verdicts: { 2024: '未到目标年份', 2026: '已达到目标' } },
  // 不少于3; 4 in 2026.
  18: { printed: '不少于3', verdicts: { 2026: '已达到目标' } },
  // 从1.59万个到1.78万个: the path for 2024 is 1.59 + 0.19 / 3 = 1.65; 1.7 is past it.
  19: { printed: '从1.59万个增加到1.78万个', verdicts: { 2024: '快于进度' } },
  // 〔18〕, cumulative from 0: the path for 2025 is 18 × 2 / 3 = 12; 12 is on it.
  20: { printed: '〔18〕', verdicts: { 2025: '符合进度' } },
  // No target (-): a result is not judged.
  21: { printed: '-', verdicts: { 2024: '不作评判' } },
  22: { printed: '力争达到90', verdicts: {} },
  23: { printed: '3-5', verdicts: {} },
};

test('the shapes notices word are printed as printed and judged truly; an indicator shows its own units, posts and notes', async () => {
  assert.ok(owned.length > 0 && posts.length > 0, 'the fixture has them');
  assert.deepEqual(newShapes.map((i) => String(i.id)), Object.keys(WORDED), 'every worded shape of the fixture is written out');
  const { page, context, problems } = await openPage(browser, url, PHONE);
  try {
    for (const indicator of newShapes) {
      await view(page, `indicator/${indicator.id}/`);
      const { printed, verdicts } = WORDED[indicator.id];
      const row = await page.locator('.quote__table').textContent();
      // The table by the name this plan gives it, never the first plan's.
      assert.ok(row.startsWith(`《${plan.document.targets_table}》表中“${indicator.name}`), row);
      assert.ok(row.includes(`${plan.document.period_end}年 ${printed}`), `${indicator.name}: ${printed} in ${row}`);
      const results = [...indicator.results].sort((a, b) => a.year - b.year);
      assert.deepEqual(results.map((result) => String(result.year)), Object.keys(verdicts), indicator.name);
      for (const [index, result] of results.entries()) {
        const text = await page.locator('.result').nth(index).textContent();
        assert.ok(text.includes(verdicts[result.year]), `${indicator.name} ${result.year}: ${verdicts[result.year]} in ${text}`);
      }
      if (indicator.target.kind === 'not_applicable') {
        assert.ok((await page.locator('.target-badge').textContent()).includes('原文未设目标值'));
      }
    }
    for (const indicator of plan.indicators.filter((i) => owned.includes(i) || i.officials || i.notes)) {
      await view(page, `indicator/${indicator.id}/`, owned.includes(indicator) ? `indicator-${indicator.id}` : null);
      const block = page.locator('section[aria-labelledby="owners-title"]');
      const units = [...(indicator.lead ?? []), ...(indicator.responsible ?? [])];
      assert.deepEqual(await block.locator('a.dept-link').allTextContents(), units);
      for (const name of units) {
        const slug = plan.departments.find((d) => d.name === name).slug;
        assert.equal(await block.locator(`a.dept-link[href$="department/${slug}/"]`).count(), 1, name);
      }
      const officials = (indicator.officials ?? []).map((o) => `${o.role}：${o.post}`);
      assert.deepEqual(await page.locator('.officials__item').allTextContents(), officials);
      assert.equal(await page.locator('.officials a').count(), 0, 'a post is no link to a department');
      assert.deepEqual(await page.locator('.notes__item').allTextContents(), indicator.notes ?? []);
      if (indicator.attribute) {
        assert.ok((await page.locator('.detail__meta').textContent()).includes(`属性：${indicator.attribute}指标`));
      }
    }
    const task = tasks.find((t) => (t.officials ?? []).length > 0);
    await view(page, `task/${task.id}/`);
    assert.deepEqual(await page.locator('.officials__item').allTextContents(), task.officials.map((o) => `${o.role}：${o.post}`));
    assert.deepEqual(await page.locator('.notes__item').allTextContents(), task.notes ?? []);
    const linked = await page.locator('.roles a.dept-link').allTextContents();
    assert.deepEqual(linked, [...task.lead, ...task.responsible, ...(task.cooperating ?? [])]);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('the matrix lists indicators with their own units as rows before the tasks, the filter keeps them, and posts are no department', async () => {
  const { page, context, problems } = await openPage(browser, url, PHONE);
  try {
    await view(page, '');
    const rows = page.locator('.matrix-table tr.matrix__row--indicator');
    assert.equal(await rows.count(), owned.length);
    for (const [index, indicator] of owned.entries()) {
      assert.equal(await rows.nth(index).locator(`a[href$="indicator/${indicator.id}/"]`).count(), 1);
    }
    // Tasks are counted as tasks; the indicators are said apart.
    const status = page.locator('.matrix__status');
    assert.ok((await status.textContent()).includes(`显示全部${tasks.length}项任务`));
    assert.ok((await status.textContent()).includes(`另有主要目标${owned.length}项`));
    const header = await page.locator('.matrix-table thead').textContent();
    const buttons = (await page.locator('.matrix-filter .chip').allTextContents()).join('|');
    for (const { post } of posts) {
      assert.ok(!header.includes(post) && !buttons.includes(post), `${post} is no column and no button`);
    }
    const name = owned[owned.length - 1].lead[0];
    await page.locator('.chip', { hasText: name }).click();
    await page.waitForFunction((name) => document.querySelector('.chip[aria-pressed="true"]')?.textContent.includes(name), name);
    const theirs = owned.filter((i) => [...(i.lead ?? []), ...(i.responsible ?? [])].includes(name));
    assert.equal(await page.locator('.matrix-table tr.matrix__row--indicator:visible').count(), theirs.length);
    assert.ok((await status.textContent()).includes(`另有主要目标${theirs.length}项`));
    // A department whose indicator rows name it lists them on its page.
    const department = plan.departments.find((d) => d.name === owned[0].lead[0]);
    await view(page, `department/${department.slug}/`);
    const led = plan.indicators.filter((i) => (i.lead ?? []).includes(department.name));
    const list = await page.locator('section[aria-labelledby="indicators-lead"]').textContent();
    assert.ok(list.includes(`（${led.length}项）`), list);
    for (const indicator of led) assert.ok(list.includes(`主要目标${indicator.id}：${indicator.name}`), list);
    const body = await page.locator('main').textContent();
    for (const { post } of posts) assert.ok(!body.includes(post), `${post} is kept out of department pages`);
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});
