// The builder's benchmark: in headless Chromium, the builder page (target/builder/, served with its
// precompressed copies) takes each dataset file named, five runs each in a fresh browser context,
// and reports the median and range from the file's arrival to the first preview and to the
// downloadable zip, split by the page's steps (its `step:` marks), and the builder's own download
// size in brotli (what the page loads before a file is dropped; the app's copy and the examples aside).
// Usage: node tools/bench/builder.mjs <dataset file> [<dataset file> …]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../../tests/browser/harness.mjs';
import { serve } from '../serve.mjs';
import { figure } from './stats.mjs';

const RUNS = 5;
const root = new URL('../..', import.meta.url).pathname;
const builder = join(root, 'target/builder');


// The builder's own files: everything at its top level with a .br copy, and the wasm.
const own = readdirSync(builder).filter((name) => statSync(join(builder, name)).isFile() && !/\.(br|gz|xlsx)$/.test(name));
const brotli = own.reduce((sum, name) => {
  try {
    return sum + statSync(join(builder, `${name}.br`)).size;
  } catch {
    return sum + statSync(join(builder, name)).size;
  }
}, 0);
console.log(`builder's own files: ${own.length}, ${(brotli / 1024).toFixed(1)} KB in brotli (${own.join(', ')})`);

const { server, url } = await serve(builder, { prefix: '/' });
const browser = await launch();
try {
  for (const file of process.argv.slice(2)) {
    const previews = [];
    const zips = [];
    const stages = new Map();
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(300_000);
      await page.goto(url);
      await page.setInputFiles('#file', file);
      await page.waitForFunction(() => document.documentElement.dataset.zip === 'ready' || document.documentElement.dataset.checked === 'faults' || document.documentElement.dataset.checked === 'failed');
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map(({ name, startTime }) => [name, startTime]));
      await context.close();
      const at = Object.fromEntries(marks);
      if (!at['builder:zip']) throw new Error(`${file}: no zip (${marks.map(([name]) => name).join(', ')})`);
      previews.push((at['builder:preview'] - at['builder:file']) / 1000);
      zips.push((at['builder:zip'] - at['builder:file']) / 1000);
      const steps = marks.filter(([name]) => name.startsWith('step:') && at[name] >= at['builder:file']);
      steps.forEach(([name, start], index) => {
        const end = index + 1 < steps.length ? steps[index + 1][1] : at['builder:zip'];
        stages.set(name.slice(5), [...(stages.get(name.slice(5)) ?? []), (end - start) / 1000]);
      });
    }
    console.log(`${file}: first preview ${figure(previews)}, zip ${figure(zips)}`);
    for (const [stage, values] of stages) console.log(`  ${stage}: ${figure(values)}`);
  }
} finally {
  await browser.close();
  server.close();
}
