// The task-ownership matrix, its filter, and the task and department views.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { closeSite, openPage, openSite, waitForApp, DESKTOP, PHONE } from './harness.mjs';

const dataset = JSON.parse(readFileSync(new URL('../../src/data/dazu-2024-16.json', import.meta.url)));
const tasks = dataset.sections.flatMap((section) => section.tasks);
const departments = dataset.departments;
const NARROW = { width: 360, height: 740 };

/** The mark the document gives a department in a task: 牵头, 责任 or nothing. */
function mark(task, name) {
  if (task.lead.includes(name)) return '牵头';
  if (task.responsible.includes(name)) return '责任';
  return '';
}

/** The matrix as the page shows it: a row of cell texts per task. */
function readMatrix(page) {
  return page.$$eval('.matrix-table tbody tr.matrix__row', (rows) =>
    rows.map((row) => [...row.querySelectorAll('td.matrix__cell')].map((cell) => cell.textContent.trim())),
  );
}

const shortTitle = (task) => task.text.split('。')[0];

describe('task-ownership matrix', () => {
  let browser;
  let server;
  let url;

  before(async () => ({ browser, server, url } = await openSite('/yitu/')));
  after(() => closeSite({ browser, server }));

  for (const viewport of [PHONE, DESKTOP]) {
    test(`at ${viewport.width} px the matrix shows 16 tasks × 18 departments with the document's marks`, async () => {
      const { page, context, problems } = await openPage(browser, url, viewport);
      await page.goto(url);
      await waitForApp(page);
      const headers = await page.$$eval('.matrix-table thead th.matrix__department:not(.matrix__department--total)', (cells) =>
        cells.map((cell) => cell.textContent.trim()),
      );
      assert.deepEqual(headers, departments.map((department) => department.name));
      const expected = tasks.map((task) => departments.map((department) => mark(task, department.name)));
      assert.deepEqual(await readMatrix(page), expected);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= viewport.width, `the page scrolls sideways: ${scrollWidth}px`);
      assert.deepEqual(problems(), []);
      await context.close();
    });
  }

  test('at 360 px the page never scrolls sideways, with or without a filter', async () => {
    const { page, context, problems } = await openPage(browser, url, NARROW);
    for (const path of ['', 'task/9/', 'department/health/', 'indicator/5/']) {
      await page.goto(url + path);
      await waitForApp(page);
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= NARROW.width, path);
    }
    await page.goto(url);
    await waitForApp(page);
    await page.locator('.chip', { hasText: '区消防救援支队' }).click();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= NARROW.width, 'filtered');
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('the department filter works by keyboard and by touch', async () => {
    const { page, context, problems } = await openPage(browser, url, PHONE, { hasTouch: true, isMobile: true });
    await page.goto(url);
    await waitForApp(page);
    // The rows the reader sees: the filter hides the others.
    const rows = () => page.locator('.matrix-table tbody tr.matrix__row:visible').count();
    const involved = (name) => tasks.filter((task) => mark(task, name) !== '').length;

    const civil = page.locator('.chip', { hasText: '区民政局' });
    await civil.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.chip[aria-pressed="true"]')?.textContent.includes('区民政局'));
    assert.equal(await rows(), involved('区民政局'));

    await page.locator('.chip', { hasText: '区教委' }).tap();
    await page.waitForFunction(() => document.querySelector('.chip[aria-pressed="true"]')?.textContent.includes('区教委'));
    assert.equal(await rows(), involved('区教委'));

    const all = page.locator('.chip', { hasText: '全部部门' });
    await all.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.chip[aria-pressed="true"]')?.textContent.includes('全部部门'));
    assert.equal(await rows(), tasks.length);
    console.log(`filter: 区民政局 ${involved('区民政局')} rows, 区教委 ${involved('区教委')} rows, all ${tasks.length}`);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('every task page and its hash form render and set the title', async () => {
    const { page, context, problems } = await openPage(browser, url, PHONE);
    for (const task of tasks) {
      for (const path of [`task/${task.id}/`, `#/task/${task.id}`]) {
        await page.goto(url + path);
        await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, shortTitle(task));
        assert.ok((await page.title()).startsWith(shortTitle(task)), await page.title());
        const lead = await page.locator('.roles__row').first().textContent();
        for (const name of task.lead) assert.ok(lead.includes(name), `task ${task.id} lead ${name}`);
        await page.waitForLoadState('load');
      }
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('every department page and its hash forms render and set the title', async () => {
    const { page, context, problems } = await openPage(browser, url, PHONE);
    for (const department of departments) {
      const forms = [
        `department/${department.slug}/`,
        `#/department/${department.slug}`,
        `#/department/${encodeURIComponent(department.name)}`,
      ];
      for (const path of forms) {
        await page.goto(url + path);
        await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, department.name);
        assert.ok((await page.title()).startsWith(department.name), await page.title());
        await page.waitForLoadState('load');
      }
      const led = tasks.filter((task) => task.lead.includes(department.name)).length;
      const shared = tasks.filter((task) => task.responsible.includes(department.name)).length;
      assert.match(await page.locator('.detail__meta').textContent(), new RegExp(`牵头${led}项.*参与${shared}项`));
    }
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test('from a deep link, a department’s tasks and a task’s lead departments are two taps away', async () => {
    const { page, context, problems } = await openPage(browser, url, PHONE, { hasTouch: true, isMobile: true });
    await page.goto(`${url}department/civil-affairs/`);
    await waitForApp(page);
    await page.locator('.related-task a', { hasText: '任务14' }).first().tap();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '强化登记备案管理');
    await page.locator('.roles__row a', { hasText: '区卫生健康委' }).tap();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '区卫生健康委');
    await page.goto(`${url}indicator/5/`);
    await waitForApp(page);
    await page.locator('a', { hasText: '重点任务1' }).first().tap();
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '大力发展托幼一体化');
    assert.match(await page.locator('.roles__row').first().textContent(), /区教委.*区卫生健康委/);
    assert.deepEqual(problems(), []);
    await context.close();
  });
});
