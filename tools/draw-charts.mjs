// Draws chart jobs with ECharts' own server-side SVG renderer: the one drawing code of the site, run
// by Node at build time (tools/render-charts.mjs) and by the builder page in the editor's browser
// (src/builder/web/worker.js). Each job is {"file": "gauge-3", "width": 320, "height": 240, "option": {…}};
// the answer maps each file to its SVG. `progress(done, total)` is told after each drawing.
//
// ECharts measures label text with a canvas where it finds one, and with its own table of character
// widths where it finds none (Node). The builder draws in a Web Worker, which has no `document`; the
// platform API is also set to "no canvas" here, so that every drawing is measured the same way.
export function drawCharts(echarts, jobs, progress = () => {}) {
  echarts.setPlatformAPI({ createCanvas: () => null });
  const drawings = {};
  jobs.forEach(({ file, width, height, option }, index) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    chart.setOption(option);
    drawings[file] = chart.renderToSVGString();
    chart.dispose();
    progress(index + 1, jobs.length);
  });
  return drawings;
}
