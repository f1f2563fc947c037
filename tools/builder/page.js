// The builder page: takes a dropped or chosen dataset file, has the builder's WebAssembly read and
// check it in this browser (nothing is uploaded), and lists every fault by its cell or JSON path, or
// says what the dataset holds. Text from the file is only ever set as text, never as markup.
import init, { validate } from './yitu_builder.js';

const ready = init();
const drop = document.getElementById('drop');
const input = document.getElementById('file');
const report = document.getElementById('report');

// An element with a class and its text.
function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// A fault's line, `主要目标!I3: 未知的…`, with its place (the cell or the JSON path) set apart.
function faultItem(fault) {
  const item = element('li', 'fault');
  const colon = fault.indexOf(': ');
  if (colon > 0) {
    item.append(element('code', '', fault.slice(0, colon)), fault.slice(colon + 2));
  } else {
    item.textContent = fault;
  }
  return item;
}

// Reads and checks a file, then shows what the builder found.
async function take(file) {
  report.replaceChildren(element('p', '', `正在检查 ${file.name}……`));
  try {
    await ready;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const answer = JSON.parse(validate(bytes, file.name));
    if (answer.faults) {
      const list = element('ol', 'faults');
      list.append(...answer.faults.map(faultItem));
      report.replaceChildren(element('p', '', `${file.name}：${answer.faults.length} 处错误：`), list);
    } else {
      report.replaceChildren(
        element('p', 'summary', `${file.name}：${answer.summary}`),
        element('p', '', `共 ${answer.charts.length} 幅图表待绘制。`),
      );
    }
    document.documentElement.dataset.checked = answer.faults ? 'faults' : 'valid';
  } catch (error) {
    report.replaceChildren(element('p', 'fault', `检查失败：${error}`));
    document.documentElement.dataset.checked = 'failed';
  }
}

input.addEventListener('change', () => {
  if (input.files.length > 0) take(input.files[0]);
});
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  if (event.dataTransfer.files.length > 0) take(event.dataTransfer.files[0]);
});
