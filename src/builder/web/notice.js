// Starting from a notice: the text or page pasted from the government site (the clipboard's HTML
// when there is some, else its plain text), or the notice's .docx, .html or .txt file, is drafted
// into a workbook by the builder's WebAssembly with the same import as `make import`. The draft is
// then reviewed on the page (review.js), and its workbook is the dataset file the preview and the
// site are made from. The notice and the review's actions are kept in this browser (store.js).
import { work, hideSteps } from './work.js';
import { element, save, tooLarge } from './dom.js';
import { keep } from './store.js';
import { editsInForce, reviewed, showReview } from './review.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const box = document.getElementById('draft');
const root = document.documentElement;
let round = 0; // A newer import drops an older one's answer.
let hooks; // What the page gave startNotice: take, opened, showView.
let current; // The review shown: review.js's Review.

/** The name a draft of `shown` is downloaded and checked under: 草稿.xlsx, or <通知>-草稿.xlsx. */
function draftName(shown) {
  const stem = shown && shown !== '粘贴的通知' ? shown.replace(/\.[^.]*$/, '') : '';
  return stem ? `${stem}-草稿.xlsx` : '草稿.xlsx';
}

/** Keeps the review in this browser; a failure to keep (private mode) loses nothing shown. */
function remember(review) {
  return keep(review, 'draft').catch(() => {});
}

/** Hands the draft's workbook to the page as its dataset file. */
function useDraft(review, workbook) {
  const file = new File([workbook], draftName(review.notice.shown), { type: XLSX });
  return hooks.take(file, { remember: false, open: reviewed(review).open.length, draft: true });
}

async function downloadDraft(review) {
  const workbook = await work('draftWorkbook', { open: reviewed(review).open });
  const url = URL.createObjectURL(new Blob([workbook], { type: XLSX }));
  save(url, draftName(review.notice.shown));
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Shows `review` and makes its draft the page's file (unless `active` is false). */
async function present(review, answer) {
  current = review;
  showReview(box, review, {
    faults: answer.faults,
    showView: hooks.showView,
    download: downloadDraft,
    changed: async (changed, workbook) => {
      changed.active = true;
      await remember(changed);
      if (workbook) return useDraft(changed, workbook);
      return hooks.opened(reviewed(changed).open.length);
    },
  });
  if (review.active) await useDraft(review, answer.workbook);
}

/** Drafts the notice `bytes` (its form by `name`'s extension), shows its review and uses it. */
async function importNotice(bytes, name, shown) {
  const mine = ++round;
  root.dataset.draft = '';
  box.replaceChildren(element('p', 'hint', `正在起草：${shown}`));
  let answer;
  try {
    answer = await work('draft', { bytes, name });
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
  const { summary, note, checks, lines } = answer;
  const review = { notice: { bytes, name, shown }, summary, note, checks, lines, actions: [], position: 0, active: true };
  await remember(review);
  await present(review, answer);
}

/** Shows a kept review again after a reload: the notice drafted anew, its edits replayed. */
export async function restoreNotice(review) {
  const mine = ++round;
  box.replaceChildren(element('p', 'hint', `正在恢复草稿：${review.notice.shown}`));
  try {
    const answer = await work('draft', { bytes: review.notice.bytes, name: review.notice.name, edits: editsInForce(review), open: reviewed(review).open });
    if (mine !== round) return;
    await present(review, answer);
  } catch (error) {
    box.replaceChildren(element('p', 'problem', `没能恢复上次的草稿：${error.message}`));
  }
}

/** The draft stops being the page's file (a workbook was put in instead); its review stays shown. */
export function leaveDraft() {
  if (!current?.active) return;
  current.active = false;
  remember(current);
}

/** Whether a file is a notice (by its extension), not a dataset: .docx, .html, .htm, .txt. */
export function isNotice(name) {
  return /\.(docx|html?|txt|text)$/i.test(name);
}

/**
 * Listens for a pasted notice and a chosen notice file. `given` is the page's: `take(file, options)`
 * checks and previews a dataset file, `opened(count)` tells how many items are open, `showView(view)`
 * opens a page in the preview.
 * `maxBytes` is the largest file read (a promise of it).
 * Returns the function that drafts a notice file given elsewhere (dropped on the workbook's slot).
 */
export function startNotice(given, maxBytes) {
  hooks = given;
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
    importNotice(new TextEncoder().encode(content), name, '粘贴的通知');
  });
  const takeNotice = async (chosen) => {
    const refusal = tooLarge(chosen, await maxBytes, '一份通知');
    if (refusal) {
      box.replaceChildren(refusal);
      root.dataset.draft = 'failed';
      return;
    }
    await importNotice(new Uint8Array(await chosen.arrayBuffer()), chosen.name, chosen.name);
  };
  const picker = document.getElementById('notice-file');
  picker.addEventListener('change', () => {
    if (picker.files[0]) takeNotice(picker.files[0]);
  });
  return takeNotice;
}
