// Byte budgets of the overview, measured on the built dist/ (brotli, deterministic).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overviewBytes } from '../tools/bytes.mjs';

const KB = 1024;
const bytes = overviewBytes(new URL('../dist', import.meta.url).pathname);

test('the target table is readable within 25 KB (brotli)', () => {
  console.log(`overview: ${(bytes.beforeReadable / KB).toFixed(1)} KB before the table is readable (budget 25 KB)`);
  assert.ok(bytes.beforeReadable <= 25 * KB, `${bytes.beforeReadable} bytes before the table is readable`);
});

test('everything the overview loads at first is within 260 KB (brotli)', () => {
  console.log(
    `overview: ${(bytes.initial / KB).toFixed(1)} KB at first, app included (budget 260 KB); ` +
      `${(bytes.withCharts / KB).toFixed(1)} KB once a chart nears the viewport and ECharts loads`,
  );
  assert.ok(bytes.files.some((name) => name.endsWith('.wasm')), `the app's files are counted: ${bytes.files}`);
  assert.ok(bytes.initial <= 260 * KB, `${bytes.initial} bytes at first`);
});
