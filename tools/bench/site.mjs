// The site step's benchmark: `tools/site.sh` (what `make site` runs) on each dataset named, five
// runs each, the app already built. Prints, per dataset, the whole run's median and range, and the
// same for each stage the programs report on stderr (`timing: <stage> <seconds>`: charts, pages,
// cards from the site program, compress from tools/compress.mjs).
// Usage: node tools/bench/site.mjs <dataset> [<dataset> …]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { figure } from './stats.mjs';

const RUNS = 5;
const root = new URL('../..', import.meta.url).pathname;


for (const dataset of process.argv.slice(2)) {
  const scratch = mkdtempSync(join(tmpdir(), 'yitu-bench-site-'));
  const totals = [];
  const stages = new Map();
  let pages = '';
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const result = spawnSync('tools/site.sh', [dataset, join(scratch, 'site')], { cwd: root, encoding: 'utf8' });
    totals.push((performance.now() - start) / 1000);
    if (result.status !== 0) {
      console.error(result.stderr);
      throw new Error(`tools/site.sh ${dataset} failed`);
    }
    pages = result.stdout.match(/wrote (\d+) pages/)?.[1] ?? '?';
    for (const [, stage, seconds] of result.stderr.matchAll(/^timing: (\w+) ([\d.]+)$/gm)) {
      stages.set(stage, [...(stages.get(stage) ?? []), Number(seconds)]);
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  console.log(`${basename(dataset)} (${pages} pages): make site ${figure(totals)}, median and range of ${RUNS} runs`);
  for (const [stage, values] of stages) console.log(`  ${stage.padEnd(9)} ${figure(values)}`);
}
