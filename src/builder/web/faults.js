// A dataset file's faults as the page lists them: each with its place (the cell as WPS names it,
// or a JSON file's part in words), the item its row is about, the reason, and a 为什么 link to the
// help at that column. The faults are typed values from the builder's WebAssembly; their text is
// only ever set as text.
import { element } from './dom.js';

/**
 * A fault of a dataset file, as the builder's WebAssembly gives it (src/site/faults.rs).
 * @typedef {{kind: 'cell', sheet: string, column: string, row: number, item: string | null}
 *   | {kind: 'json_path', path: string, words: string} | {kind: 'file'}} FaultPlace
 * @typedef {{place: FaultPlace, reason: string}} Fault
 */

/** Where a fault is, as the editor reads it: `主要目标!H5`, a JSON file's part in words
 * (`主要目标第 3 项 · 目标类型`, never its JSON path), or nothing for the file as a whole. */
function placeOf(place) {
  if (place.kind === 'cell') return `${place.sheet}!${place.column}${place.row}`;
  if (place.kind === 'json_path') return place.words;
  return '';
}

/** Where the "为什么" link of a fault leads: the help for its sheet's column, or the JSON format's. */
function helpFor(place) {
  if (place.kind === 'cell') return `./help.html#${encodeURIComponent(`${place.sheet}-${place.column}`)}`;
  if (place.kind === 'json_path') return './help.html#json';
  return null;
}

/** A fault's line: its place (`主要目标!H5`) set apart, the reason, and a "为什么" link. @param {Fault} fault */
export function faultItem(fault) {
  const item = element('li', 'fault');
  const place = placeOf(fault.place);
  if (place) item.append(element('code', '', place));
  // The item the row is about, so that the editor knows which indicator or task without the workbook.
  if (fault.place.item) item.append(element('span', 'item', `${fault.place.item}：`));
  item.append(fault.reason);
  const help = helpFor(fault.place);
  if (help) {
    const why = element('a', 'why', '为什么');
    why.href = help;
    why.target = '_blank';
    why.rel = 'noopener';
    item.append(' ', why);
  }
  return item;
}
