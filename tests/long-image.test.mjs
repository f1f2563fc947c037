// The long image (长图) that `make site` writes into longimage/, for this plan (dist/) and the
// other-plan fixture (target/other-plan-dist/, with results and every target shape): its parts at
// most 1080×2400 px and under 1 MB, long.png the parts one below the other, the covers at their
// sizes, a page with each part's alt and the image's full text, and, read back by an OCR program
// (tesseract, chi_sim) as a reader's eyes would, the plan's title and every indicator's target
// figure, taken from the dataset file itself. `make test` builds both sites first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { jpegSize, pngSize } from './images.mjs';

const root = new URL('..', import.meta.url).pathname;
const SITES = [
  { dist: join(root, 'dist'), dataset: join(root, 'src/data/dazu-2024-16.json') },
  { dist: join(root, 'target/other-plan-dist'), dataset: join(root, 'tests/fixtures/other-plan.json') },
];

/** What an indicator's target must show, as the dataset file states it: its figures or its words. */
function targetFigures(target) {
  switch (target.kind) {
    case 'value':
      return [String(target.value)];
    case 'range':
      return [String(target.min), String(target.max)];
    case 'change':
      return [String(target.amount)];
    case 'reference':
      return [target.reference];
    case 'text':
      return [target.text];
    default:
      // An assigned target (完成市下达的目标任务) or none (`-`) has no figure of its own.
      return [];
  }
}

for (const { dist, dataset } of SITES) {
  const plan = JSON.parse(readFileSync(dataset, 'utf8'));
  const folder = join(dist, 'longimage');
  const parts = existsSync(folder) ? readdirSync(folder).filter((name) => /^part-\d\d\.jpg$/.test(name)).sort() : [];

  test(`${plan.document.short_title}: the parts, the whole and the covers have their sizes`, () => {
    assert.ok(parts.length >= 3, `parts: ${parts}`);
    let height = 0;
    for (const part of parts) {
      const bytes = readFileSync(join(folder, part));
      const [width, partHeight] = jpegSize(bytes);
      assert.equal(width, 1080, part);
      assert.ok(partHeight <= 2400, `${part} is ${partHeight} px tall`);
      assert.ok(bytes.length < 1_000_000, `${part} weighs ${bytes.length} bytes`);
      height += partHeight;
    }
    assert.deepEqual(pngSize(readFileSync(join(folder, 'long.png'))), [1080, height]);
    assert.deepEqual(pngSize(readFileSync(join(folder, 'cover-900x383.png'))), [900, 383]);
    assert.deepEqual(pngSize(readFileSync(join(folder, 'cover-500x500.png'))), [500, 500]);
  });

  test(`${plan.document.short_title}: the page shows the parts in order, each with an alt, and the full text`, () => {
    const page = readFileSync(join(folder, 'index.html'), 'utf8');
    const images = [...page.matchAll(/<img src="([^"]+)" alt="([^"]+)"/g)];
    assert.deepEqual(images.map(([, src]) => src), parts);
    for (const [, , alt] of images) assert.match(alt, /^一图读懂长图第\d+部分（共\d+部分）：/);
    const text = page.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
    const unescaped = (words) => words.replace(/\s+/g, '');
    assert.ok(text.includes(unescaped(plan.document.short_title)));
    for (const indicator of plan.indicators) {
      assert.ok(text.includes(unescaped(indicator.name)), indicator.name);
      for (const figure of targetFigures(indicator.target)) assert.ok(text.includes(figure), `${indicator.name}: ${figure}`);
    }
    // Nothing in the folder is loaded by the reader's pages.
    assert.ok(!readFileSync(join(dist, 'index.html'), 'utf8').includes('longimage/'));
  });

  test(`${plan.document.short_title}: an OCR program reads the title and every target figure off the parts`, () => {
    const read = parts
      .map((part) => execFileSync('tesseract', [join(folder, part), '-', '-l', 'chi_sim'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
      .join('')
      .replace(/\s+/g, '');
    assert.ok(read.includes(plan.document.short_title), `the title is read: ${read.slice(0, 200)}`);
    const missing = plan.indicators.flatMap((indicator) =>
      targetFigures(indicator.target).filter((figure) => !read.includes(figure)).map((figure) => `${indicator.id} ${figure}`),
    );
    assert.deepEqual(missing, [], 'every target figure is read');
  });
}
