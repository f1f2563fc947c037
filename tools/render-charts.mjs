// Draws every chart of the site at build time with ECharts' own server-side SVG renderer, in one
// process. The native site step (src/site/native/draw.rs) runs it: it reads the charts on stdin as JSON,
// [{"file": "gauge-3", "width": 320, "height": 240, "option": {…}}, …], and writes the drawings on
// stdout as JSON, {"gauge-3": "<svg …>…</svg>", …}. Nothing of ECharts reaches the reader's phone.
// The drawing itself (tools/draw-charts.mjs) is the builder page's too.
// Usage: node tools/render-charts.mjs < charts.json > drawings.json
import { text } from 'node:stream/consumers';
// ECharts' single-file ES module build: the same code as the package's entry (`import 'echarts'`),
// which loads several hundred modules one by one (about 0.5 s); this one loads in about 0.05 s.
import * as echarts from 'echarts/dist/echarts.esm.min.mjs';
import { drawCharts } from './draw-charts.mjs';

const charts = JSON.parse(await text(process.stdin));
process.stdout.write(JSON.stringify(drawCharts(echarts, charts)));
