// The share cards' PNG files, drawn by this browser from the cards' SVG (the same SVG as `make
// site`'s cards), at the same scale. The one stated difference from `make site`: the browser's
// rasteriser and the editor's system fonts draw them, so their bytes differ from resvg's.
async function png(svg, scale) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
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
