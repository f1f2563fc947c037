// Bundles the stylesheets (styles/index.css and the files it imports, in order) into one minified
// styles/index.css in a built folder, which the site step then inlines into every page. Comments and
// whitespace are about a third of the overview's inline styles in brotli; without them the overview's
// page fits the first round trip of a slow connection (README, "Performance").
// Usage: node tools/minify-css.mjs <dir>
import { buildSync } from 'esbuild';
import { join } from 'node:path';

const entry = join(process.argv[2] ?? 'dist', 'styles', 'index.css');
buildSync({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  minify: true,
  charset: 'utf8',
  logLevel: 'warning',
});
