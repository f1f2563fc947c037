// The page's own rendering work, without the app: the overview of each dist/ given and the plain page
// with the same text (as bench.mjs makes it), loaded in turns with JavaScript off at Lighthouse's phone
// size, from a Chromium trace of each load. It prints, per page, the median and range over the loads of
// the layout passes, the time in Layout, in style (UpdateLayoutTree) and in ParseHTML. It asserts
// nothing. These are the page's own tasks that Lighthouse's blocking time counts besides the app's;
// unthrottled, on this machine (Lighthouse's simulation multiplies them by 4).
// Usage: node tools/bench/layout.mjs <dist>... (LOADS=9 by default)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { plainPage } from './datasets.mjs';

const loads = Number(process.env.LOADS ?? 9);
const plainDir = mkdtempSync(join(tmpdir(), 'yitu-plain-'));
writeFileSync(join(plainDir, 'index.html'), plainPage());
const pages = [...process.argv.slice(2), plainDir];
const labels = [...process.argv.slice(2).map((dist) => `${dist} overview`), 'plain page'];
const sites = await Promise.all(pages.map((dir, i) => serve(dir, { prefix: `/page-${i}/` })));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  javaScriptEnabled: false,
});

/** One load of a page: its rendering figures, or null when the trace missed the page's thread. */
async function measure(url) {
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  // Time for the frames that follow the load.
  await page.waitForTimeout(500);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await page.close();
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(url));
  if (!parse) return null;
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const total = (name) => onMain.filter((e) => e.name === name).reduce((sum, e) => sum + e.dur / 1000, 0);
  return {
    passes: onMain.filter((e) => e.name === 'Layout').length,
    layout: total('Layout'),
    style: total('UpdateLayoutTree'),
    parse: total('ParseHTML'),
  };
}

const results = pages.map(() => []);
for (let load = 0; load < loads; load++) {
  for (const [i, site] of sites.entries()) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const figures = await measure(site.url);
      if (figures) {
        results[i].push(figures);
        break;
      }
    }
  }
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (values) =>
  `${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
console.log(`The page's own rendering, JavaScript off, 412 × 823 phone; ms, median (range) of ${loads} loads:`);
console.log('| page | layout passes | Layout | style | ParseHTML |');
console.log('| --- | --- | --- | --- | --- |');
for (const [i, label] of labels.entries()) {
  const rows = results[i];
  if (rows.length === 0) {
    console.log(`| ${label} | no trace | | | |`);
    continue;
  }
  const column = (key) => rows.map((row) => row[key]);
  console.log(
    `| ${label} | ${summary(column('passes'))} | ${summary(column('layout'))} | ${summary(column('style'))} | ${summary(column('parse'))} |`,
  );
}
await browser.close();
for (const site of sites) site.server.close();
process.exit(0);
