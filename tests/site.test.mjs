// `make site` as an editor's machine runs it: with the app built (`make app`), and no cargo, rustc
// or trunk on the PATH and an empty HOME. Two plans' sites share the app's files byte for byte;
// a dataset with faults is refused, naming them, and leaves the site folder as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'yitu-site-'));
const BUILD_TOOLS = ['cargo', 'rustc', 'trunk', 'rustup'];

/** The PATH without any folder that holds a build tool, and an empty HOME. */
function editorEnvironment() {
  const folders = process.env.PATH.split(delimiter).filter(
    (folder) => folder && !BUILD_TOOLS.some((tool) => existsSync(join(folder, tool))),
  );
  const home = mkdtempSync(join(scratch, 'home-'));
  return { ...process.env, PATH: folders.join(delimiter), HOME: home, CARGO_HOME: '', RUSTUP_HOME: '' };
}

function makeSite(dataset, out) {
  return spawnSync('make', ['--no-print-directory', 'site', `DATASET=${dataset}`, `OUT=${out}`], {
    cwd: root,
    env: editorEnvironment(),
    encoding: 'utf8',
  });
}

/** Every file under `dir`, by its path relative to `dir`. */
function files(dir) {
  const found = new Map();
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return found;
}

/** The app's own files: the WebAssembly, its glue, the start-up module and what they load. */
const isAppFile = (name) => /\.(wasm|js)$/.test(name) && !name.startsWith('charts/');

test('make site finds the site program in CARGO_TARGET_DIR, and the program its chart script wherever it is', () => {
  // The built program copied into another target folder, as a shared CARGO_TARGET_DIR holds it.
  const target = mkdtempSync(join(scratch, 'target-'));
  execFileSync('mkdir', ['-p', join(target, 'release')]);
  execFileSync('cp', [join(root, 'target/release/site'), join(target, 'release/site')]);
  const out = join(scratch, 'elsewhere');
  const made = spawnSync('make', ['--no-print-directory', 'site', 'DATASET=tests/fixtures/other-plan.json', `OUT=${out}`], {
    cwd: root,
    env: { ...editorEnvironment(), CARGO_TARGET_DIR: target },
    encoding: 'utf8',
  });
  assert.equal(made.status, 0, made.stderr);
  assert.ok(existsSync(join(out, 'charts/gauge-3.svg')), 'the charts were drawn');
  // Without the copy there, make site says the program is missing rather than using another.
  const missing = spawnSync('make', ['--no-print-directory', 'site', 'DATASET=tests/fixtures/other-plan.json', `OUT=${out}-2`], {
    cwd: root,
    env: { ...editorEnvironment(), CARGO_TARGET_DIR: join(scratch, 'no-such-target') },
    encoding: 'utf8',
  });
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /the app is not built yet/);
});

test('the editor environment has no build tool', () => {
  const env = editorEnvironment();
  for (const tool of BUILD_TOOLS) {
    const found = spawnSync('sh', ['-c', `command -v ${tool}`], { env, encoding: 'utf8' });
    assert.notEqual(found.status, 0, `${tool} is on the PATH: ${found.stdout}`);
  }
  assert.equal(spawnSync('sh', ['-c', 'command -v node'], { env }).status, 0, 'node is on the PATH');
});

test('two plans, one app: make site writes both without build tools, the app byte-identical', () => {
  const plan = join(scratch, 'plan');
  const other = join(scratch, 'other');
  for (const [dataset, out] of [['src/data/dazu-2024-16.json', plan], ['tests/fixtures/other-plan.json', other]]) {
    const run = makeSite(dataset, out);
    assert.equal(run.status, 0, `make site ${dataset}: ${run.stderr}`);
    assert.match(run.stdout, /site: wrote \d+ pages/);
  }
  const [a, b] = [files(plan), files(other)];
  const app = [...a.keys()].filter(isAppFile);
  assert.ok(app.some((name) => name.endsWith('.wasm')), `the app's files: ${app}`);
  assert.ok(app.some((name) => /^boot-[0-9a-f]+\.js$/.test(name)), `the start-up module: ${app}`);
  for (const name of app) {
    assert.ok(b.has(name), `${name} is in both sites`);
    assert.ok(a.get(name).equals(b.get(name)), `${name} is the same file in both sites`);
  }
  assert.deepEqual([...b.keys()].filter(isAppFile).sort(), app.sort(), 'the same app files');
  // The pages are each plan's own.
  for (const page of ['index.html', 'indicator/1/index.html', '404.html']) {
    assert.ok(!a.get(page).equals(b.get(page)), `${page} differs between the plans`);
  }
  assert.ok(a.has('indicator/10/index.html') && !a.has('indicator/15/index.html'));
  assert.ok(b.has('indicator/15/index.html'));
  assert.ok(a.has('index.html.br') && a.has('data/plan.xlsx') && a.has('charts/gauge-1.svg'));
  console.log(`${app.length} app files identical; ${a.size} and ${b.size} files in the two sites`);
});

test('a dataset with faults is refused with every fault named, and OUT is left as it was', () => {
  const out = join(scratch, 'kept');
  execFileSync('mkdir', ['-p', out]);
  writeFileSync(join(out, 'index.html'), 'the site before');
  const broken = JSON.parse(readFileSync(join(root, 'src/data/dazu-2024-16.json'), 'utf8'));
  broken.indicators[1].id = broken.indicators[0].id;
  broken.departments[2].slug = 'Not A Slug';
  const file = join(scratch, 'broken.json');
  writeFileSync(file, JSON.stringify(broken));
  const run = makeSite(file, out);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /\$\.indicators\[1\]\.id/);
  assert.match(run.stderr, /\$\.departments\[2\]\.slug/);
  assert.deepEqual([...files(out).keys()], ['index.html']);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'the site before');
  assert.deepEqual(readdirSync(scratch).filter((name) => name.startsWith('.site-staging')), [], 'no staging folder left');
});
