// The long image (长图) in the builder: the builder's WebAssembly lays it out as SVG, the same
// parts cut at the same places as `make site`'s; this browser's canvas draws them, each part as
// JPEG, the whole as long.png (where it is written) and the covers as PNG, at their own sizes. The
// one stated difference from `make site`: the browser's rasteriser and system fonts draw them.
import { canvasBytes, element, save, svgCanvas } from './dom.js';

/** The SVG drawn on a new canvas of the given size. */
const canvasOf = (svg, width, height) => svgCanvas(svg, () => [width, height]);

/**
 * The long image's files by their path in the site (`longimage/part-01.jpg`, …), from the
 * WebAssembly's layout `{parts, covers, whole, folder}`; `progress(done, total)` after each part.
 */
export async function drawLongImage(layout, progress) {
  const width = 1080;
  const files = {};
  const total = layout.parts.reduce((sum, part) => sum + part.height, 0);
  const whole = layout.whole ? document.createElement('canvas') : null;
  if (whole) {
    whole.width = width;
    whole.height = total;
  }
  let top = 0;
  for (const [index, part] of layout.parts.entries()) {
    const canvas = await canvasOf(part.svg, width, part.height);
    files[`${layout.folder}/${part.file}`] = await canvasBytes(canvas, 'image/jpeg', 0.9);
    whole?.getContext('2d').drawImage(canvas, 0, top);
    top += part.height;
    progress(index + 1, layout.parts.length);
  }
  if (whole) files[`${layout.folder}/long.png`] = await canvasBytes(whole, 'image/png');
  for (const cover of layout.covers) {
    const canvas = await canvasOf(cover.svg, cover.width, cover.height);
    files[`${layout.folder}/${cover.file}`] = await canvasBytes(canvas, 'image/png');
  }
  return files;
}

let shownUrls = [];

/**
 * Shows the long image's parts at phone width in `box`, and wires 下载长图 (the parts and covers as
 * one zip, made by `zip(files)`) and 复制图片说明 (the image's full text).
 */
export function showLongImage(box, layout, files, zip) {
  for (const url of shownUrls) URL.revokeObjectURL(url);
  shownUrls = [];
  const images = layout.parts.map((part, index) => {
    const url = URL.createObjectURL(new Blob([files[`${layout.folder}/${part.file}`]], { type: 'image/jpeg' }));
    shownUrls.push(url);
    const image = element('img');
    image.src = url;
    image.alt = `长图第${index + 1}部分（共${layout.parts.length}部分）`;
    image.width = 1080;
    image.height = part.height;
    return image;
  });
  box.querySelector('.longimage-parts').replaceChildren(...images);
  const count = box.querySelector('#longimage-count');
  const height = layout.parts.reduce((sum, part) => sum + part.height, 0);
  count.textContent = `共 ${layout.parts.length} 张，宽 1080 像素，总高 ${height} 像素${layout.whole ? '' : '（太高，只提供分段图片）'}。`;
  box.querySelector('#longimage-download').onclick = async () => {
    const pictures = Object.fromEntries(
      Object.entries(files).filter(([path]) => path.endsWith('.jpg') || path.endsWith('.png')),
    );
    const bytes = await zip(pictures);
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));
    save(url, '一图读懂长图.zip');
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  const said = box.querySelector('#longimage-copied');
  box.querySelector('#longimage-copy').onclick = async () => {
    try {
      await navigator.clipboard.writeText(layout.text);
      said.textContent = '已复制图片说明';
    } catch {
      box.querySelector('#longimage-text').open = true;
      said.textContent = '无法自动复制，请在下面选中文字后按 Ctrl+C';
    }
  };
  box.querySelector('#longimage-text pre').textContent = layout.text;
}
