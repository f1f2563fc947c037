// The share cards' PNG files, drawn by this browser from the cards' SVG (the same SVG as `make
// site`'s cards), at the same scale. The one stated difference from `make site`: the browser's
// rasteriser and the editor's system fonts draw them, so their bytes differ from resvg's.
import { canvasBytes, svgCanvas } from './dom.js';

async function png(svg, scale) {
  const canvas = await svgCanvas(svg, (image) => [Math.round(image.naturalWidth * scale), Math.round(image.naturalHeight * scale)]);
  return canvasBytes(canvas, 'image/png');
}

/** Every card's PNG by its path; `progress(done, total)` after each. */
export async function drawCards(cards, scale, progress) {
  const entries = Object.entries(cards);
  const files = {};
  for (const [index, [path, svg]] of entries.entries()) {
    files[path] = await png(svg, scale);
    progress(index + 1, entries.length);
  }
  return files;
}
