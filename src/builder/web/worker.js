// The builder's worker: the site program's own code (the builder's WebAssembly) and ECharts, away
// from the page, so that the page stays responsive while a workbook is read, drawn and written.
// The page sends {id, op, ...}; the worker answers {id, result} or {id, error}, and tells
// {id, progress: {step, done, total}} on the way. Nothing leaves this browser.
import init, * as wasm from './yitu_builder.js';
import * as echarts from './echarts.esm.min.mjs';
import { drawCharts } from './draw-charts.mjs';

/**
 * The shapes that cross the builder's boundary, as the wasm's serde types write and read them
 * (src/builder/main.rs); a Fault is in faults.js, the draft's shapes in review.js.
 * @typedef {{file: string, width: number, height: number, option: object}} ChartJob
 *   A chart for ECharts to draw as SVG (`site::ChartJob`).
 * @typedef {{summary: string, indicators: number, tasks: number, charts: ChartJob[]}} Summary
 *   What a good file holds (`Summary`).
 * @typedef {{year: number, madeOn: string, publicUrl: string, publicPath: string, indexHtml: string,
 *   stylesheets: Object<string, string>, drawings: Object<string, string>}} SiteRequest
 *   What a site is made with besides the dataset (`SiteRequest`; empty strings for none).
 * @typedef {{file: string, svg: string, width: number, height: number}} Picture
 * @typedef {{parts: Picture[], covers: Picture[], whole: boolean, text: string, folder: string}} LongImage
 *   The long image's pictures as SVG, and its full text (`LongImage`).
 * @typedef {Object<string, string>} Cards The share cards' SVG by the path of the PNG each becomes.
 */

const ready = init();
let app;
let draft; // The notice's draft under review (wasm.Draft), if any.

// The built app's own texts (its index.html and stylesheets), which every page is written around,
// fetched once from the builder's copy of the app.
async function appTexts() {
  if (!app) {
    const manifest = await (await fetch('./app/manifest.json')).json();
    const index = await (await fetch('./app/index.html')).text();
    const stylesheets = {};
    for (const path of manifest.filter((path) => path.endsWith('.css'))) {
      stylesheets[path] = await (await fetch(`./app/${path}`)).text();
    }
    app = { index, stylesheets };
  }
  return app;
}

const ops = {
  // Every file of the site made from a dataset file (the share cards' PNG files and the long
  // image's pictures aside), and the SVG of the cards and of the long image for the page to
  // rasterise; or the file's faults ({faults}, each a Fault, see page.js), or {empty} for a file
  // with no indicator and no task. The file is read and checked once (wasm.Plan).
  async site({ bytes, name, year, madeOn, publicUrl, publicPath }, tell) {
    tell('检查数据');
    const plan = wasm.Plan.read(bytes, name);
    try {
      const faults = plan.faults();
      if (faults.length > 0) return { faults };
      const checked = plan.summary();
      if (checked.indicators === 0 && checked.tasks === 0) return { summary: checked.summary, empty: true };
      tell('绘制图表', 0, checked.charts.length);
      const drawings = drawCharts(echarts, checked.charts, (done, total) => tell('绘制图表', done, total));
      tell('生成页面');
      const { index, stylesheets } = await appTexts();
      const files = plan.pages({ year, madeOn, publicUrl, publicPath, indexHtml: index, stylesheets, drawings });
      const cards = plan.cards(publicUrl);
      const longImage = plan.long_image(year, madeOn, publicUrl);
      return { summary: checked.summary, files, cards, scale: wasm.card_scale(), longImage };
    } finally {
      plan.free();
    }
  },
  // A notice (text, HTML or .docx) drafted into a workbook, as `make import` does, and held here
  // for review: {summary, note, checks, lines, workbook} (review.js documents the shapes); then
  // `edits` ([{cell, text}], a reload's replay) are made. An error says why it cannot be imported.
  async draft({ bytes, name, edits = [], open }, tell) {
    tell('导入通知');
    const old = draft;
    draft = undefined;
    old?.free();
    draft = new wasm.Draft(bytes, name);
    const opened = draft.opened();
    for (const { cell, text } of edits) draft.edit(cell, text);
    // The draft's faults from the start, each shown beside its item.
    const faults = draft.faults();
    const ids = open ?? opened.checks.map((check) => check.id);
    return { ...opened, faults, workbook: draft.workbook(Uint32Array.from(ids)) };
  },
  // An edit of the draft's cell: {before, faults, workbook}, the workbook listing `open` items.
  async edit({ cell, text, open }) {
    const edited = draft.edit(cell, text);
    return { ...edited, workbook: draft.workbook(Uint32Array.from(open)) };
  },
  // The draft's workbook as it stands, its 待核对 sheet listing the `open` items.
  async draftWorkbook({ open }) {
    return draft.workbook(Uint32Array.from(open));
  },
  // The largest file the builder reads, in bytes (the site program's limit).
  async limits() {
    return { maxFileBytes: wasm.max_file_bytes() };
  },
  // The complete site as one zip.
  async zip({ files }, tell) {
    tell('打包网站');
    return wasm.zip_site(files);
  },
};

self.addEventListener('message', async ({ data }) => {
  const { id, op } = data;
  const tell = (step, done = 0, total = 0) => self.postMessage({ id, progress: { step, done, total } });
  try {
    await ready;
    const result = await ops[op](data, tell);
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});
