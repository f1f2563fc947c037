// The one comparison of a site zipped by the builder page with `make site`'s folder: the same
// files, byte for byte, but the stated exceptions (no .br/.gz copies; the PNG and JPEG pictures
// drawn by the browser's canvas, compared by their size).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jpegSize } from '../images.mjs';

/** Every file under `dir`, by its path relative to `dir`. */
export function walk(dir, top = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, top) : [relative(top, path)];
  });
}

/** Asserts that the unzipped site in `unzipped` is `site`'s; returns its files' paths. */
export function assertSameSite(unzipped, site) {
  const zipped = walk(unzipped).sort();
  const expected = walk(site).filter((path) => !/\.(br|gz)$/.test(path)).sort();
  assert.deepEqual(zipped, expected);
  for (const path of zipped) {
    const ours = readFileSync(join(unzipped, path));
    const theirs = readFileSync(join(site, path));
    if (path.endsWith('.png')) {
      // Drawn by the browser's canvas (the cards, the long image and its covers): a PNG of the
      // same size (IHDR's width and height).
      assert.equal(ours.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', path);
      assert.ok(ours.subarray(16, 24).equals(theirs.subarray(16, 24)), `${path}: same size`);
    } else if (path.endsWith('.jpg')) {
      // The long image's parts, drawn by the canvas: JPEGs of the same width and height.
      assert.deepEqual(jpegSize(ours), jpegSize(theirs), `${path}: same size`);
    } else {
      assert.ok(ours.equals(theirs), path);
    }
  }
  return zipped;
}
