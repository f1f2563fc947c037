// Starting from a notice: the text or page pasted from the government site (the clipboard's HTML
// when there is some, else its plain text), or the notice's .docx, .html or .txt file, is drafted
// into a workbook by the builder's WebAssembly with the same import as `make import`. The draft's
// 待核对 list is shown (as text only), the draft is offered for download, and it is then taken as
// the dataset file, so that the preview shows its site or its faults.
import { work, hideSteps } from './work.js';
import { element, save, tooLarge } from './dom.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const box = document.getElementById('draft');
const root = document.documentElement;
let draftUrl;
let round = 0; // A newer import drops an older one's answer.

/** The 待核对 list as a table: the cell, why it needs a look, and the notice's own words. */
function reviewTable(review) {
  const table = element('table', 'review');
  table.append(element('caption', '', `待核对 ${review.length} 项（草稿的“待核对”表里也有）`));
  const head = element('tr');
  for (const title of ['单元格', '原因', '原文']) {
    const th = element('th', '', title);
    th.scope = 'col';
    head.append(th);
  }
  const thead = element('thead');
  const tbody = element('tbody');
  thead.append(head);
  for (const { place, reason, source } of review) {
    const row = element('tr');
    row.append(element('td', 'place', place), element('td', '', reason), element('td', 'source', source));
    tbody.append(row);
  }
  table.append(thead, tbody);
  return table;
}

/** The name a draft of `name` is downloaded and checked under: 草稿.xlsx, or <通知>-草稿.xlsx. */
function draftName(name) {
  const stem = name ? name.replace(/\.[^.]*$/, '') : '';
  return stem ? `${stem}-草稿.xlsx` : '草稿.xlsx';
}

/** Drafts the notice `bytes` (its form by `name`'s extension) and hands the draft to `take`. */
async function importNotice(bytes, name, shownName, take) {
  const mine = ++round;
  root.dataset.draft = '';
  box.replaceChildren(element('p', 'hint', `正在起草：${shownName}`));
  let draft;
  try {
    draft = await work('import', { bytes, name });
  } catch (error) {
    if (mine !== round) return;
    hideSteps();
    box.replaceChildren(
      element('p', 'problem', `没能导入：${error.message}`),
      element('p', 'hint', '请确认选的是通知本身：Word 文档（.docx）、网页（.html）或文本（.txt）。'),
    );
    root.dataset.draft = 'failed';
    return;
  }
  if (mine !== round) return;
  const file = draftName(shownName === '粘贴的通知' ? '' : shownName);
  if (draftUrl) URL.revokeObjectURL(draftUrl);
  draftUrl = URL.createObjectURL(new Blob([draft.workbook], { type: XLSX }));
  const download = element('button', '', '下载草稿（.xlsx）');
  download.type = 'button';
  download.id = 'draft-download';
  download.addEventListener('click', () => save(draftUrl, file));
  const parts = [element('p', 'summary', `草稿：${draft.summary}`)];
  if (draft.note) parts.push(element('p', 'problem', `${shownName}：${draft.note}，请核对文字。`));
  parts.push(
    element('p', 'hint', draft.review.length > 0
      ? '下载草稿，在 WPS 或 Excel 里逐项核对下面列出的单元格，改好后放入第 1 步。下面的检查结果和预览来自这份草稿。'
      : '下载草稿，在 WPS 或 Excel 里核对后放入第 1 步。下面的检查结果和预览来自这份草稿。'),
    download,
  );
  if (draft.review.length > 0) parts.push(reviewTable(draft.review));
  box.replaceChildren(...parts);
  root.dataset.draft = String(draft.review.length);
  await take(new File([draft.workbook], file, { type: XLSX }), { open: draft.review.length });
}

/** Whether a file is a notice (by its extension), not a dataset: .docx, .html, .htm, .txt. */
export function isNotice(name) {
  return /\.(docx|html?|txt|text)$/i.test(name);
}

/**
 * Listens for a pasted notice and a chosen notice file; `take` checks and previews the draft.
 * Returns the function that drafts a notice file given elsewhere (dropped on the workbook's slot).
 */
export function startNotice(take, maxBytes) {
  const paste = document.getElementById('paste');
  paste.addEventListener('paste', (event) => {
    const html = event.clipboardData?.getData('text/html') ?? '';
    const text = event.clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    if (!html.trim() && !text.trim()) {
      box.replaceChildren(element('p', 'problem', '剪贴板里没有文字。请在通知页面上全选、复制后再粘贴。'));
      root.dataset.draft = 'failed';
      return;
    }
    // What was pasted stays in view, shortened: the draft is made from the clipboard itself.
    // A page's text is read with DOMParser, which runs no script and loads nothing.
    const shown = text || new DOMParser().parseFromString(html, 'text/html').body.textContent;
    paste.value = shown.trim().slice(0, 2000);
    const [content, name] = html.trim() ? [html, '粘贴的通知.html'] : [text, '粘贴的通知.txt'];
    importNotice(new TextEncoder().encode(content), name, '粘贴的通知', take);
  });
  const takeNotice = async (chosen) => {
    const refusal = tooLarge(chosen, maxBytes, '一份通知');
    if (refusal) {
      box.replaceChildren(refusal);
      root.dataset.draft = 'failed';
      return;
    }
    await importNotice(new Uint8Array(await chosen.arrayBuffer()), chosen.name, chosen.name, take);
  };
  const picker = document.getElementById('notice-file');
  picker.addEventListener('change', () => {
    if (picker.files[0]) takeNotice(picker.files[0]);
  });
  return takeNotice;
}
