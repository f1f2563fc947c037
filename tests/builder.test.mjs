// The builder's WebAssembly (`make builder`, target/builder/) in Node: it reads and checks datasets
// as the site program does, faults by cell or JSON path, and the files it writes for a dataset are
// byte for byte those `make site` writes around the same app (target/app/), charts drawn by the same
// ECharts. Needs `make app` and `make builder` (`make test` builds both first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const app = process.env.YITU_APP ?? join(root, 'target/app');
const builder = join(root, 'target/builder');
const { initSync, Plan } = await import(join(builder, 'yitu_builder.js'));
initSync({ module: readFileSync(join(builder, 'yitu_builder_bg.wasm')) });

/** Every file under `dir`, by its path relative to `dir`. */
function walk(dir, top = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, top) : [relative(top, path)];
  });
}

// The day both builds are made on, never the clock's: 2026-06-01 as seconds since 1970 (what
// SOURCE_DATE_EPOCH tells `make site`), its year and its date (what the builder is passed).
const BUILT = { epoch: 1780272000, year: 2026, day: '2026-06-01' };

/** What the builder's wasm tells of a file's bytes: {faults} or the good file's summary. */
function validate(bytes, name) {
  const plan = Plan.read(bytes, name);
  try {
    const faults = plan.faults();
    return faults.length > 0 ? { faults } : plan.summary();
  } finally {
    plan.free();
  }
}

function check(file) {
  return validate(readFileSync(join(root, file)), file.split('/').pop());
}

test('a dataset is summarised, or its faults listed, typed, by JSON path, cell or file', () => {
  const plan = check('src/data/dazu-2024-16.json');
  assert.equal(plan.summary, '10 项指标、16 项任务、18 个部门；0 项已有公开结果');
  assert.deepEqual([plan.indicators, plan.tasks], [10, 16]);
  assert.ok(Array.isArray(plan.charts) && plan.charts.length > 0, 'the chart jobs are an array of objects');
  assert.equal(check('tests/fixtures/other-plan.json').summary, '23 项指标、22 项任务、31 个部门；16 项已有公开结果');
  assert.deepEqual(check('tests/fixtures/broken/duplicate-indicator-id.json').faults, [
    { place: { kind: 'json_path', path: '$.indicators[4].id', words: '主要目标第 5 项 · 序号' }, reason: '指标序号重复或为 0：4' },
  ]);
  assert.deepEqual(validate(new Uint8Array([1]), 'plan.txt').faults, [
    { place: { kind: 'file' }, reason: 'plan.txt: 数据文件应为 .json、.xlsx、.xls 或 .ods' },
  ]);
  // A workbook's fault is its sheet, column and row, as WPS shows them (tests/workbook/break.py's).
  const broken = join(mkdtempSync(join(tmpdir(), 'yitu-broken-')), 'broken.xlsx');
  execFileSync('python3', [join(root, 'tests/workbook/break.py'), join(builder, 'example.xlsx'), broken]);
  assert.deepEqual(
    validate(readFileSync(broken), 'broken.xlsx').faults.map((fault) => fault.place),
    [
      { kind: 'cell', sheet: '主要目标', column: 'J', row: 4, item: '指标 2「普惠性托位数占比」' },
      { kind: 'cell', sheet: '重点任务', column: 'E', row: 7, item: '任务 5「加强家庭照护指导」' },
    ],
  );
});

for (const dataset of ['src/data/dazu-2024-16.json', 'tests/fixtures/other-plan.json', 'tests/fixtures/hostile.json']) {
  test(`the builder writes the files make site writes: ${dataset}`, () => {
    const site = mkdtempSync(join(tmpdir(), 'yitu-builder-'));
    const made = spawnSync('make', ['--no-print-directory', 'site', `DATASET=${dataset}`, `OUT=${site}`], {
      cwd: root,
      env: { ...process.env, YITU_PUBLIC_URL: '', YITU_PUBLIC_PATH: '', SOURCE_DATE_EPOCH: String(BUILT.epoch) },
      encoding: 'utf8',
    });
    assert.equal(made.status, 0, made.stderr);
    const bytes = readFileSync(join(root, dataset));
    const name = dataset.split('/').pop();
    const answer = validate(bytes, name);
    const drawn = spawnSync('node', [join(root, 'tools/render-charts.mjs')], {
      input: JSON.stringify(answer.charts),
      maxBuffer: 1 << 28,
    });
    assert.equal(drawn.status, 0);
    const stylesheets = Object.fromEntries(
      walk(app).filter((path) => path.endsWith('.css')).map((path) => [path, readFileSync(join(app, path), 'utf8')]),
    );
    const index = readFileSync(join(app, 'index.html'), 'utf8');
    const plan = Plan.read(bytes, name);
    const request = { year: BUILT.year, madeOn: BUILT.day, publicUrl: '', publicPath: '', indexHtml: index, stylesheets, drawings: JSON.parse(drawn.stdout.toString()) };
    const files = plan.pages(request);
    plan.free();
    const paths = Object.keys(files);
    assert.ok(paths.includes('index.html') && paths.includes('data/plan.xlsx'), paths.join(' '));
    for (const path of paths) {
      assert.ok(Buffer.from(files[path]).equals(readFileSync(join(site, path))), path);
    }
    // The site's own workbook reads back as the same plan.
    assert.equal(validate(files['data/plan.xlsx'], 'plan.xlsx').summary, answer.summary);
  });
}
