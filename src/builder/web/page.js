// The builder page: the editor drops a workbook (or drafts one from a notice, notice.js), the builder's worker checks it
// and writes the site with the site program's own code, the preview shows the real pages, and
// "下载网站" gives the whole site as a zip. Text from the file is only ever set as text, never as
// markup. Nothing is uploaded: every step runs in this browser.
import { work, showStep, hideSteps } from './work.js';
import { startPreview, showSite, shownView, showView } from './preview.js';
import { drawCards } from './cards.js';
import { drawLongImage, showLongImage } from './longimage.js';
import { keep, kept, forget, forgetAll } from './store.js';
import { element, save, tooLarge } from './dom.js';
import { faultItem } from './faults.js';
import { isNotice, startNotice, restoreNotice, leaveDraft } from './notice.js';

/** The largest file the builder reads, from the site program's own code (its limit). */
const maxFileBytes = work('limits', {}).then((limits) => limits.maxFileBytes);

const $ = (id) => document.getElementById(id);
const root = document.documentElement;
const report = $('report');
const previewReady = startPreview();
let current; // The file being worked on: {name, bytes, open, remember, draft}.
let made; // What the zip offered holds: {name, time, files, size}.
let previewed; // The name of the file the preview shows.
let siteFiles; // The last good site's files, by path.
let zipUrl;
let round = 0; // Each new file or option starts a new round; a stale round's answers are dropped.

/** The download offers nothing while the current file cannot be published, and says why. */
function blockDownload(reason) {
  $('download').disabled = true;
  $('download-confirm').hidden = true;
  $('zip-size').textContent = reason;
  root.dataset.zip = 'blocked';
}

/** Keeps the current file in this browser by how its check went: a good file as the last good one
 * (a broken one kept beside it is then gone), a broken one beside it, never over it. */
async function remember(good) {
  if (!current.remember) return;
  const { name, bytes, open } = current;
  await keep({ name, bytes, open, ...options() }, good ? 'last' : 'broken').catch(() => {});
  if (good) await forget('broken');
  await showKept();
}

function showFaults(name, faults) {
  const last = previewed ? `下面的预览仍是上一次正确的 ${previewed} 的，` : '';
  blockDownload(`${name} 有错：改好之前不能下载网站。${last}有错的文件不会被下载。`);
  const list = element('ol', 'faults');
  list.append(...faults.map(faultItem));
  const kept = siteFiles ? '下面仍是上一次正确文件的预览。' : '';
  const how = current.draft ? '在上方的核对列表里改好即可（每处问题也显示在它的项目旁）。' : '在 WPS 里改好后，再拖入一次即可。';
  report.replaceChildren(
    element('p', 'problem', `${name} 有 ${faults.length} 处需要修改。${how}${kept}`),
    list,
  );
  root.dataset.checked = 'faults';
}

/** The day the site is made: today, or the `?today=YYYY-MM-DD` the page was opened with (tests fix
 * it so, as SOURCE_DATE_EPOCH fixes `make site`'s). */
function buildDay() {
  const fixed = new URLSearchParams(location.search).get('today');
  const day = fixed ? new Date(`${fixed}T00:00:00Z`) : new Date();
  return Number.isNaN(day.getTime()) ? new Date() : day;
}

function options() {
  const today = buildDay();
  return { year: today.getUTCFullYear(), madeOn: today.toISOString().slice(0, 10), publicUrl: $('public-url').value.trim(), publicPath: $('public-path').value.trim() };
}

// The embed snippet for the article, with the site's public URL where it is known.
function showEmbed() {
  let url = $('public-url').value.trim() || 'https://（网站的公开网址）/';
  if (!url.endsWith('/')) url += '/';
  $('embed').textContent = `<div data-yitu-src="${url}"></div>\n<script src="${url}embed.js" async></script>`;
}

// The app's own files (its WebAssembly, glue and styles), fetched once from the builder's copy.
let appFiles;
async function app() {
  if (!appFiles) {
    const manifest = await (await fetch('./app/manifest.json')).json();
    const entries = await Promise.all(
      manifest.map(async (path) => [path, new Uint8Array(await (await fetch(`./app/${path}`)).arrayBuffer())]),
    );
    appFiles = Object.fromEntries(entries);
  }
  return appFiles;
}

/** Checks the current file and, when it is good, writes, previews and zips its site. */
async function build() {
  const mine = ++round;
  const { name, bytes } = current;
  root.dataset.checked = '';
  try {
    const answer = await work('site', { bytes, name, ...options() });
    if (mine !== round) return;
    if (answer.faults) {
      hideSteps();
      await remember(false);
      return showFaults(name, answer.faults);
    }
    if (answer.empty) {
      hideSteps();
      await remember(false);
      report.replaceChildren(
        element('p', 'problem', `${name} 里没有任何指标和任务，不能生成网站。请先在工作簿里填写主要目标或重点任务。`),
      );
      root.dataset.checked = 'empty';
      blockDownload(`${name} 没有指标和任务，不能下载网站。`);
      return;
    }
    report.replaceChildren(element('p', 'summary', answer.summary), element('p', 'hint', `来自 ${name}`));
    root.dataset.checked = 'valid';
    await remember(true);
    root.dataset.zip = '';
    $('download').disabled = true;
    showStep('显示预览');
    await previewReady;
    const view = shownView();
    const files = { ...(await app()), ...answer.files };
    const count = await showSite(files, view);
    if (mine !== round) return;
    previewed = name;
    $('preview-section').hidden = false;
    $('publish-section').hidden = false;
    showEmbed();
    root.dataset.preview = String(count);
    performance.mark('builder:preview');
    showStep('绘制分享卡片');
    const cards = await drawCards(answer.cards, answer.scale, (done, total) => mine === round && showStep('绘制分享卡片', done, total));
    if (mine !== round) return;
    showStep('绘制长图');
    const longImage = await drawLongImage(answer.longImage, (done, total) => mine === round && showStep('绘制长图', done, total));
    if (mine !== round) return;
    showLongImage($('longimage-section'), answer.longImage, longImage, (pictures) => work('zip', { files: pictures }));
    $('longimage-section').hidden = false;
    root.dataset.longimage = String(answer.longImage.parts.length);
    performance.mark('builder:longimage');
    siteFiles = { ...files, ...cards, ...longImage };
    const zip = await work('zip', { files: siteFiles });
    if (mine !== round) return;
    if (zipUrl) URL.revokeObjectURL(zipUrl);
    zipUrl = URL.createObjectURL(new Blob([zip], { type: 'application/zip' }));
    const time = new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit' });
    made = { name, time, files: Object.keys(siteFiles).length, size: zip.length };
    describeZip();
    $('download').disabled = false;
    root.dataset.zip = 'ready';
    performance.mark('builder:zip');
  } catch (error) {
    if (mine !== round) return;
    report.replaceChildren(element('p', 'problem', `处理失败：${error.message}`));
    root.dataset.checked = 'failed';
  }
  if (mine === round) hideSteps();
}

/** Says what the zip offered is made from: the file or draft, when, and how many items are open. */
function describeZip() {
  const open = current.open ? `；草稿还有 ${current.open} 项待核对` : '';
  $('zip-size').textContent = `来自 ${made.name}（${made.time} 生成）：共 ${made.files} 个文件，${(made.size / 1048576).toFixed(1)} MB${open}`;
  $('download-confirm').hidden = true;
}

/** How many items of the draft are open changed (a confirmation): the download says so. */
function opened(count) {
  if (!current?.draft) return;
  current.open = count;
  if (root.dataset.zip === 'ready') describeZip();
}

/** Takes a dropped or chosen dataset file and builds its site; a file of the editor's is kept in
 * this browser once checked (`remember`), a draft's workbook is not (the review is, notice.js). A
 * notice dropped here is drafted as a notice, as if it had been chosen under 从通知开始. */
async function take(file, { remember = true, open = 0, draft = false } = {}) {
  if (isNotice(file.name)) {
    $('notice').scrollIntoView({ block: 'start' });
    report.replaceChildren(element('p', 'hint', `${file.name} 是一份通知，已按“从通知开始”起草，见上方。`));
    return takeNotice(file);
  }
  const refusal = tooLarge(file, await maxFileBytes, '一份方案的工作簿');
  if (refusal) {
    report.replaceChildren(refusal);
    root.dataset.checked = 'refused';
    return;
  }
  performance.mark('builder:file');
  showStep('读取文件');
  if (!draft) leaveDraft();
  current = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), open, remember, draft };
  await build();
}

/** Says what this browser keeps: the last good file, and a broken one beside it. */
async function showKept() {
  const [good, broken, draft] = [await kept('last'), await kept('broken'), await kept('draft')];
  const parts = [];
  if (good) parts.push(`上一次正确的文件 ${good.name}`);
  if (broken) parts.push(`有错的 ${broken.name}（改好前不会替换${good ? '上一个' : '任何文件'}）`);
  if (draft) parts.push(`通知草稿和核对进度`);
  $('saved').hidden = parts.length === 0;
  $('saved-name').textContent = `已在本浏览器保存：${parts.join('；')}。刷新或关闭页面不会丢失。`;
}

$('file').addEventListener('change', () => {
  if ($('file').files.length > 0) take($('file').files[0]);
});
const drop = $('drop');
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
for (const id of ['public-url', 'public-path']) {
  $(id).addEventListener('change', async () => {
    showEmbed();
    if (current) build();
  });
}
// With items of a draft still open, the download asks first and says how many.
$('download').addEventListener('click', () => {
  if (current?.open > 0) {
    $('download-open').textContent = `这份草稿还有 ${current.open} 项待核对（见上方“从通知开始”）。下载的网站就是下面预览的样子，未核对的内容也会发布出去。`;
    $('download-confirm').hidden = false;
    $('download-anyway').focus();
    return;
  }
  save(zipUrl, '一图读懂网站.zip');
});
$('download-anyway').addEventListener('click', () => {
  $('download-confirm').hidden = true;
  save(zipUrl, '一图读懂网站.zip');
});
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('embed').textContent);
    $('copied').textContent = '已复制';
  } catch {
    $('copied').textContent = '无法自动复制，请选中代码后按 Ctrl+C';
  }
});
// 清除 asks first: it forgets the kept files and the draft's review, not what the page shows.
$('forget').addEventListener('click', () => {
  $('forget-confirm').hidden = false;
  $('forget-yes').focus();
});
$('forget-no').addEventListener('click', () => {
  $('forget-confirm').hidden = true;
  $('forget').focus();
});
$('forget-yes').addEventListener('click', async () => {
  await forgetAll();
  $('forget-confirm').hidden = true;
  $('saved').hidden = true;
});

const takeNotice = startNotice({ take, opened, showView }, maxFileBytes);

// A reload finds the work where it was kept: the draft under review, if it was the page's file;
// else the last good file, then a broken one put in after it (its faults shown, as before).
const [last, broken, draft] = [await kept('last'), await kept('broken'), await kept('draft')];
const settings = last ?? broken;
if (settings) {
  $('public-url').value = settings.publicUrl ?? '';
  $('public-path').value = settings.publicPath ?? '';
}
await showKept();
if (draft) await restoreNotice(draft);
if (!draft?.active) {
  for (const file of [last, broken].filter(Boolean)) {
    current = { name: file.name, bytes: file.bytes, open: file.open ?? 0, remember: true, draft: false };
    await build();
  }
}
