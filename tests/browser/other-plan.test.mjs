// A second plan, unlike this one: other sizes, every target shape, a third role (配合单位), deadlines and
// published results. Built by `make other-plan` into target/other-plan-dist from tests/fixtures/other-plan.json.
// Every expectation is computed from that fixture.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { assertGaugeTextsApart, closeSite, waitForCharts, openPage, openSite, waitForApp, OTHER_PLAN_DIST, PHONE } from './harness.mjs';

const root = new URL('../../', import.meta.url).pathname;
const DIST = OTHER_PLAN_DIST;
const plan = JSON.parse(readFileSync(`${root}tests/fixtures/other-plan.json`));
const tasks = plan.sections.flatMap((section) => section.tasks);
const withResults = plan.indicators.filter((indicator) => indicator.results.length > 0);
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
    const wordy = plan.indicators.filter((i) => ['text', 'assigned'].includes(i.target.kind));
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
    await view(page, `indicator/${indicator.id}/`, `indicator-${indicator.id}`);
    const items = page.locator('.result');
    assert.equal(await items.count(), indicator.results.length);
    const sorted = [...indicator.results].sort((a, b) => a.year - b.year);
    for (const [index, result] of sorted.entries()) {
      const text = await items.nth(index).textContent();
      assert.ok(text.includes(`${result.year}年`), text);
      assert.ok(text.includes(result.source), text);
      const milestone = indicator.milestones.find((m) => m.year === result.year);
      const verdict = result.value > milestone.value ? '快于进度' : result.value < milestone.value ? '慢于进度' : '符合进度';
      assert.ok(text.includes(verdict), `${result.year}: ${text}`);
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
      const hasDial = !['text', 'assigned'].includes(indicator.target.kind);
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
  const gauges = plan.indicators.filter((indicator) => !['text', 'assigned'].includes(indicator.target.kind));
  await assertGaugeTextsApart(browser, url, gauges);
});
