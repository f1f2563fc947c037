// Importing a notice: the text or HTML pasted from the government page (the clipboard's HTML when
// there is some, else its text), or its .docx, .html or .txt file, becomes a draft workbook. The
// draft is shown with its 待核对 list (every cell the importer inferred or was unsure of), offered
// for download to finish in WPS, and previewed as a site.
import { work, hideSteps } from './work.js';
import { element } from './dom.js';

const MAX_NOTICE_BYTES = 20 * 1024 * 1024;
const box = document.getElementById('draft');
let draftUrl;

function reviewList(review) {
  const list = element('ol', 'review');
  for (const { place, reason, source } of review) {
    const item = element('li', '');
    item.append(element('code', '', place), reason);
    if (source) item.append(element('q', 'source', source));
    list.append(item);
  }
  return list;
}

async function importNotice(bytes, name, take) {
  box.replaceChildren(element('p', '', `正在导入 ${name}……`));
  try {
    const draft = await work('import', { bytes, name });
    hideSteps();
    if (draftUrl) URL.revokeObjectURL(draftUrl);
    draftUrl = URL.createObjectURL(new Blob([draft.workbook], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const link = element('a', 'button', '下载草稿工作簿');
    link.href = draftUrl;
    link.download = '一图读懂-草稿.xlsx';
    const review = draft.review ?? [];
    box.replaceChildren(
      element('p', 'summary', `草稿：${draft.summary}`),
      link,
      element('p', '', review.length
        ? `有 ${review.length} 处需要核对（也在草稿的“待核对”表里）。在 WPS 里核对、改好后，把工作簿拖入上面的框。`
        : '没有需要核对的单元格。'),
      reviewList(review),
    );
    document.documentElement.dataset.draft = String(review.length);
    await take(new File([draft.workbook], '一图读懂-草稿.xlsx'));
  } catch (error) {
    hideSteps();
    box.replaceChildren(element('p', 'problem', `导入失败：${error.message}`));
    document.documentElement.dataset.draft = 'failed';
  }
}

/** Listens for a pasted notice or a chosen notice file; `take` builds the draft's site. */
export function showDraft(take) {
  const paste = document.getElementById('paste');
  paste.addEventListener('paste', (event) => {
    const html = event.clipboardData.getData('text/html');
    const text = event.clipboardData.getData('text/plain');
    if (!html && !text) return;
    event.preventDefault();
    paste.value = text.slice(0, 2000);
    const [content, name] = html ? [html, 'paste.html'] : [text, 'paste.txt'];
    importNotice(new TextEncoder().encode(content), name, take);
  });
  const file = document.getElementById('notice-file');
  file.addEventListener('change', async () => {
    const chosen = file.files[0];
    if (!chosen) return;
    if (chosen.size > MAX_NOTICE_BYTES) {
      box.replaceChildren(element('p', 'problem', `${chosen.name} 超过 20 MB，不像一份通知。`));
      return;
    }
    importNotice(new Uint8Array(await chosen.arrayBuffer()), chosen.name, take);
  });
}
