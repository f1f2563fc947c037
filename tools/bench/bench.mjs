// The performance benchmark (`make bench`): Lighthouse 12.2.3, mobile preset with simulated throttling,
// on the overview and indicator/3/ of dist/, on a plain static page with the same text (the physical
// limit) in the same run, and on the overview of a build from a 10× dataset. It prints figures; it
// asserts nothing (timings vary from run to run: it gives medians of several runs, and the worst run
// but one, so that a single run disturbed by the shared machine does not decide the figure).
// Usage: node tools/bench/bench.mjs <dist> <dist-10x>
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { serve } from '../serve.mjs';
import { plainPage } from './datasets.mjs';
import { overviewBytes } from '../bytes.mjs';
import { launch } from '../../tests/browser/harness.mjs';

const [dist = 'dist', dist10 = 'target/bench/dist-10x'] = process.argv.slice(2);

const plainDir = mkdtempSync(join(tmpdir(), 'yitu-plain-'));
const plainHtml = plainPage();
writeFileSync(join(plainDir, 'index.html'), plainHtml);
writeFileSync(join(plainDir, 'index.html.br'), brotliCompressSync(Buffer.from(plainHtml)));

const widget = await serve(dist, { prefix: '/yitu/' });
const tenfold = await serve(dist10, { prefix: '/yitu-10x/' });
const plain = await serve(plainDir, { prefix: '/plain/' });

const port = 9300 + Math.floor(Math.random() * 500);
const profile = mkdtempSync(join(tmpdir(), 'yitu-bench-chromium-'));
const chromium = spawn('/usr/bin/chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  `--user-data-dir=${profile}`, `--remote-debugging-port=${port}`, 'about:blank',
], { stdio: 'ignore' });
await waitForPort(port);

const runs = [
  ['plain page (limit)', plain.url],
  ['overview', widget.url],
  ['indicator/3/', `${widget.url}indicator/3/`],
  ['10× overview', tenfold.url],
];
// Timings on a shared 2-core machine vary from run to run, so each page is measured RUNS times, in
// turns, and the table gives each figure's median, with the worst run but one and the range.
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const measured = runs.map(() => []);
for (let round = 0; round < RUNS; round += 1) {
  for (const [index, [, url]] of runs.entries()) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const audits = result.lhr.audits;
    measured[index].push({
      score: Math.round(result.lhr.categories.performance.score * 100),
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      bytes: audits['network-requests'].details.items.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    });
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The worst value but one: the second highest (`worse` 1) or the second lowest (`worse` -1). */
const secondWorst = (values, worse = 1) => [...values].sort((a, b) => worse * (b - a))[Math.min(1, values.length - 1)];
const rows = runs.map(([name], index) => {
  const of = (key) => measured[index].map((run) => run[key]);
  return {
    name,
    score: median(of('score')),
    scoreSecondWorst: secondWorst(of('score'), -1),
    tbtSecondWorst: secondWorst(of('tbt')),
    lcpSecondWorst: secondWorst(of('lcp')),
    fcp: median(of('fcp')),
    lcp: median(of('lcp')),
    tbt: median(of('tbt')),
    tbtRange: `${Math.min(...of('tbt')).toFixed(0)}–${Math.max(...of('tbt')).toFixed(0)}`,
    cls: median(of('cls')),
    bytes: median(of('bytes')),
  };
});
chromium.kill();
// Lighthouse 12.2.3 cannot read the LCP element from this Chromium's traces, so the browser names it.
for (const [index, [, url]] of runs.entries()) rows[index].lcpElement = await largestPaintedElement(url);
for (const server of [widget.server, tenfold.server, plain.server]) {
  server.closeAllConnections();
  server.close();
}

const limit = rows[0];
console.log(`Lighthouse 12.2.3, mobile, simulated throttling; medians of ${RUNS} runs, [the worst run but one]`);
console.log('| page | score | FCP ms | LCP ms | TBT ms (range) | CLS | transferred KB | LCP / plain |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.score} [${row.scoreSecondWorst}] | ${row.fcp.toFixed(0)} | ${row.lcp.toFixed(0)} [${row.lcpSecondWorst.toFixed(0)}] | ` +
      `${row.tbt.toFixed(0)} [${row.tbtSecondWorst.toFixed(0)}] (${row.tbtRange}) | ` +
      `${row.cls.toFixed(3)} | ${(row.bytes / 1024).toFixed(1)} | ${(row.lcp / limit.lcp).toFixed(2)} |`,
  );
}
for (const row of rows) console.log(`LCP element (unthrottled), ${row.name}: ${row.lcpElement}`);
for (const [name, folder] of [['overview', dist], ['10× overview', dist10]]) {
  const bytes = overviewBytes(folder);
  console.log(
    `${name}, brotli: ${(bytes.beforeReadable / 1024).toFixed(1)} KB before the target table is readable ` +
      `(${bytes.charts} charts inline); the app ${(bytes.app / 1024).toFixed(1)} KB; ` +
      `${(bytes.everything / 1024).toFixed(1)} KB in all, scrolled to the end`,
  );
}

/** The element of the page's largest contentful paint, at Lighthouse's phone size, as `tag.class "text"`. */
async function largestPaintedElement(url) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.addInitScript(() => {
    window.largestPaint = null;
    new PerformanceObserver((list) => {
      const entry = list.getEntries().at(-1);
      const element = entry.element;
      window.largestPaint = element
        ? `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 24)}" at ${entry.startTime.toFixed(0)} ms`
        : 'none';
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const element = await page.evaluate(() => window.largestPaint);
  await browser.close();
  return element ?? 'none';
}

async function waitForPort(port) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await fetch(`http://127.0.0.1:${port}/json/version`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('Chromium did not open its debugging port');
}
