// The charts are drawn at build time and are part of each page: visible with JavaScript off, no
// chart library ever requested (on the page, or when moving between views in the app), and the
// same drawings in dark mode and in the 大字版. Screenshots go to target/screenshots (or SCREENSHOTS)
// for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { assertGaugeTextsApart, closeSite, isChartLibrary, openPage, openSite, waitForApp, waitForCharts, PHONE } from './harness.mjs';

const dataset = JSON.parse(readFileSync(new URL('../../src/data/dazu-2024-16.json', import.meta.url)));
/** Indicators with a dial have a gauge; a target in words or assigned from above has none. */
const dials = dataset.indicators.filter((indicator) => !['text', 'assigned'].includes(indicator.target.kind));
const SHOTS = process.env.SCREENSHOTS ?? new URL('../../target/screenshots', import.meta.url).pathname;

let site;

before(async () => (site = await openSite('/yitu/')));
after(() => closeSite(site));

/** The drawn size of every chart on the page, by its key. */
function chartSizes(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-chart]')].map((box) => {
        const svg = box.querySelector('svg')?.getBoundingClientRect();
        return [box.dataset.chart, svg ? [Math.round(svg.width), Math.round(svg.height)] : null];
      }),
    ),
  );
}

test('with JavaScript off, every gauge and the department chart are drawn', async () => {
  const { page, context, problems } = await openPage(site.browser, site.url, PHONE, { javaScriptEnabled: false });
  await page.goto(site.url);
  const sizes = await chartSizes(page);
  assert.deepEqual(Object.keys(sizes).sort(), [...dials.map((indicator) => `gauge-${indicator.id}`), 'department-bars'].sort());
  for (const [key, size] of Object.entries(sizes)) {
    assert.ok(size && size[0] > 200 && size[1] > 150, `${key} is drawn at ${size}`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'no script ran');
  await page.goto(`${site.url}indicator/3/`);
  assert.ok((await chartSizes(page))['gauge-3']?.[1] > 150);
  console.log(`JavaScript off: ${Object.keys(sizes).length} charts drawn on the overview`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('moving to indicator/3/ and department/health/ in the app brings their pages, drawings inline, never a chart library', async () => {
  const { page, context, problems } = await openPage(site.browser, site.url, PHONE);
  const requests = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(site.url);
  await waitForApp(page);
  const navigations = () => requests.filter((request) => request.isNavigationRequest()).length;
  const loaded = navigations();
  const before = requests.length;
  await page.locator('.target-table a[href="indicator/3/"]').click();
  await page.locator('h1', { hasText: '托位使用率' }).waitFor();
  await waitForCharts(page);
  assert.ok((await chartSizes(page))['gauge-3']?.[1] > 150, 'the gauge is drawn');
  await page.goBack();
  await page.locator('#page-title', { hasText: dataset.document.short_title }).waitFor();
  await waitForCharts(page);
  await page.locator('#matrix-scroll a[href="department/health/"]').first().click();
  await page.locator('h1', { hasText: '区卫生健康委' }).waitFor();
  await waitForCharts(page);
  assert.equal(navigations(), loaded, 'the moves stayed in the app');
  assert.deepEqual(requests.filter(isChartLibrary).map((request) => request.url()), []);
  const paths = requests.slice(before).map((request) => new URL(request.url()).pathname);
  // Each view comes from its pre-rendered page, which carries its drawings: none is fetched apart.
  for (const file of ['/yitu/indicator/3/index.html', '/yitu/index.html', '/yitu/department/health/index.html']) {
    assert.ok(paths.includes(file), paths.join(', '));
  }
  assert.deepEqual(paths.filter((path) => path.includes('/charts/')), []);
  console.log(`in-app moves: ${paths.length} requests (${paths.join(', ')}), no chart library`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('dark mode and the 大字版 draw the charts in their colours and text size (screenshots in /tmp)', async () => {
  const looks = [
    { name: 'dark', options: { colorScheme: 'dark' }, large: false },
    { name: 'large', options: { colorScheme: 'light' }, large: true },
    { name: 'dark-large', options: { colorScheme: 'dark' }, large: true },
  ];
  for (const { name, options, large } of looks) {
    const { page, context, problems } = await openPage(site.browser, site.url, PHONE, options);
    if (large) await page.addInitScript(() => localStorage.setItem('yitu:text-size', 'large'));
    await page.goto(site.url);
    await waitForApp(page);
    await waitForCharts(page);
    const files = await page.evaluate(() => [...document.querySelectorAll('[data-chart] svg')].map((svg) => svg.dataset.file));
    assert.ok(files.every((file) => file.endsWith('-large') === large), files.join(', '));
    // The page's colours reach the drawing: its text in the scheme's chart text colour.
    const text = await page
      .locator('[data-chart="gauge-4"] svg text[fill="var(--chart-text)"]')
      .first()
      .evaluate((element) => ({ fill: getComputedStyle(element).fill, size: parseFloat(getComputedStyle(element).fontSize) }));
    assert.equal(text.fill, options.colorScheme === 'dark' ? 'rgb(232, 237, 243)' : 'rgb(27, 36, 48)');
    assert.equal(text.size, large ? 22 : 16);
    for (const key of ['gauge-4', 'department-bars']) {
      mkdirSync(SHOTS, { recursive: true });
      const path = `${SHOTS}/chart-${key}-${name}.png`;
      await page.locator(`[data-chart="${key}"]`).screenshot({ path });
      console.log(`screenshot: ${path}`);
    }
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test("no gauge's scale label overlaps its centre text, at a phone's width, in normal text and in the 大字版", async () => {
  await assertGaugeTextsApart(site.browser, site.url, dials);
});
