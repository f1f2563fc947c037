// Bundles the ECharts parts in tools/echarts-entry.js into one minified, tree-shaken file.
// Usage: node tools/build-echarts.mjs <outfile>
import { build } from 'esbuild';

const outfile = process.argv[2] ?? 'target/echarts/echarts.min.js';
const result = await build({
  entryPoints: ['tools/echarts-entry.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  legalComments: 'none',
  // Chrome's explicit compile hint: compile every function while the file streams in, off the main
  // thread, rather than each on its first call while a chart is being drawn.
  banner: { js: '//# allFunctionsCalledOnLoad' },
  outfile,
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs)[0].bytes;
console.log(`echarts: ${outfile} (${(bytes / 1024).toFixed(0)} KiB minified)`);
