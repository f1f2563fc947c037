// The one way the builder's page makes elements (text is only ever set as text, never as markup), draws an SVG on a canvas,
// refuses a file that is too large, and saves a file it made.

/** An element with a class and its text. */
export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The refusal of `file` when it is over `maxBytes`, or null: `what` names what it should have been. */
export function tooLarge(file, maxBytes, what) {
  if (file.size <= maxBytes) return null;
  const size = (file.size / 1048576).toFixed(1);
  return element('p', 'problem', `${file.name} 有 ${size} MB，超过 ${maxBytes / 1048576} MB 的上限，不像${what}。请检查是否选错了文件。`);
}

/** Saves the object URL `url` as a file called `name`, through a link the page never shows. */
export function save(url, name) {
  const link = element('a');
  link.href = url;
  link.download = name;
  link.click();
}

/**
 * An SVG drawn on a new canvas, on white, at the size `sizeOf(image)` gives from the decoded image
 * (the cards' scale, or the long image's own size). The browser's rasteriser and system fonts draw it.
 */
export async function svgCanvas(svg, sizeOf) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const [width, height] = sizeOf(image);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A canvas's picture as bytes of `type` (image/png, image/jpeg at `quality`). */
export async function canvasBytes(canvas, type, quality) {
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, type, quality));
  return new Uint8Array(await blob.arrayBuffer());
}
