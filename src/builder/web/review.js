// 审核草稿: the draft of a notice reviewed on the page. Each 待核对 item shows its field, its value
// and the notice's passage (the words in question marked, a link to the line in the numbered
// source view), with 确认 and 修改. An edit goes to the draft held by the builder's WebAssembly
// (worker.js, `Draft`), which checks it with the workbook's own rules; the draft's workbook after
// the edit is then the page's dataset file, so the preview and the site are always this draft.
// Every edit and confirmation is an action that 撤销 and 重做 walk; the actions, with the notice,
// are the review's whole state, kept in this browser (store.js) and replayed after a reload.
import { work } from './work.js';
import { element } from './dom.js';

/**
 * @typedef {{text: string, marked: boolean}} Span
 * @typedef {{id: number, cell: string, field: string | null, value: string | null, reason: string,
 *   routine: boolean, passage: Span[], line: number | null, view: string | null}} Check
 * @typedef {{kind: 'edit', id: number, cell: string, before: string, after: string}
 *   | {kind: 'confirm', ids: number[]}} Action
 * @typedef {{notice: {bytes: Uint8Array, name: string, shown: string}, summary: string,
 *   note: string | null, checks: Check[], lines: string[], actions: Action[], position: number,
 *   active: boolean}} Review
 */

/** The review's state at `review.position`: which items are confirmed or edited, and each value. */
export function reviewed(review) {
  const confirmed = new Set();
  const edited = new Set();
  const values = new Map(review.checks.map((check) => [check.id, check.value]));
  for (const action of review.actions.slice(0, review.position)) {
    if (action.kind === 'confirm') action.ids.forEach((id) => confirmed.add(id));
    else {
      edited.add(action.id);
      values.set(action.id, action.after);
    }
  }
  const open = review.checks.filter((check) => !confirmed.has(check.id) && !edited.has(check.id)).map((check) => check.id);
  return { confirmed, edited, values, open };
}

/** The edits in force at the review's position, in order, for the draft to replay. */
export function editsInForce(review) {
  return review.actions.slice(0, review.position).filter((action) => action.kind === 'edit').map(({ cell, after }) => ({ cell, text: after }));
}

/** Where a fault is, as a cell address (`主要目标!D3`), for matching it to an item. */
const faultCell = (place) => (place.kind === 'cell' ? `${place.sheet}!${place.column}${place.row}` : '');

/**
 * Shows a review in `box` and runs it. `changed(review, workbook)` is told of every change: the
 * workbook is the draft's new file after an edit, or null when only confirmations changed.
 * `showView(view)` opens an item's page in the preview.
 */
export function showReview(box, review, { faults = [], changed, showView, download }) {
  let shownFaults = faults;
  let editing = null; // The id of the item whose 修改 form is open.

  // Records an action and carries it out; `then` runs once the list shows it (to move the focus).
  async function act(action, then) {
    review.actions = review.actions.slice(0, review.position).concat([action]);
    review.position += 1;
    await settle(action, action.kind === 'edit' ? action.after : null, then);
  }

  // Makes the draft hold what the review's position says after `action` moved it, shows it, and
  // tells the page.
  async function settle(action, text, then) {
    const { open } = reviewed(review);
    let workbook = null;
    if (action.kind === 'edit') {
      const answer = await work('edit', { cell: action.cell, text, open });
      shownFaults = answer.faults;
      workbook = answer.workbook;
    }
    render();
    then?.();
    return changed(review, workbook);
  }

  async function undo() {
    if (review.position === 0) return;
    const action = review.actions[review.position - 1];
    review.position -= 1;
    await settle(action, action.kind === 'edit' ? action.before : null, () => focus('undo'));
  }

  async function redo() {
    if (review.position >= review.actions.length) return;
    const action = review.actions[review.position];
    review.position += 1;
    await settle(action, action.kind === 'edit' ? action.after : null, () => focus('redo'));
  }

  // After a confirmation, the next open item's 确认 (in the order shown), or 撤销 when none is left.
  function focusNext(id) {
    const order = [...box.querySelectorAll('.check')].map((node) => Number(node.id.slice('check-'.length)));
    const { open } = reviewed(review);
    const next = order.slice(order.indexOf(id) + 1).concat(order).find((other) => open.includes(other) && !box.querySelector(`#check-${other}`)?.closest('details:not([open])'));
    focus(next === undefined ? 'undo' : `confirm-${next}`);
  }

  function focus(id) {
    const target = document.getElementById(id);
    if (target && !target.disabled) target.focus();
  }

  function button(id, text, onClick, disabled = false) {
    const node = element('button', '', text);
    node.type = 'button';
    if (id) node.id = id;
    node.disabled = disabled;
    node.addEventListener('click', onClick);
    return node;
  }

  // The numbered source view, opened at `line` with the line marked and focused.
  function showLine(line) {
    const source = document.getElementById('source');
    source.open = true;
    for (const marked of source.querySelectorAll('li.here')) marked.classList.remove('here');
    const item = document.getElementById(`line-${line}`);
    if (!item) return;
    item.classList.add('here');
    item.scrollIntoView({ block: 'center' });
    item.focus();
  }

  function passage(check) {
    const quote = element('blockquote', 'passage');
    if (check.passage.length === 0) quote.append(element('span', 'hint', '（原文中没有对应的文字）'));
    for (const span of check.passage) quote.append(span.marked ? element('mark', '', span.text) : span.text);
    return quote;
  }

  function item(check, state) {
    const node = element('li', 'check');
    node.id = `check-${check.id}`;
    node.dataset.cell = check.cell;
    const status = state.edited.has(check.id) ? '已修改' : state.confirmed.has(check.id) ? '已确认' : '待核对';
    node.dataset.status = status;
    const head = element('p', 'check-head');
    head.append(element('strong', '', check.field ?? check.cell), ' ');
    // The cell as WPS names it, for an editor who also has the workbook open.
    if (check.field && check.cell !== '全文') head.append(element('code', '', check.cell), ' ');
    head.append(element('span', 'status', status));
    node.append(head, element('p', 'reason', check.reason));
    const value = state.values.get(check.id);
    if (value !== null && value !== undefined) {
      const shown = element('p', 'value');
      shown.append('内容：', element('span', 'current', value === '' ? '（空）' : value));
      node.append(shown);
    }
    node.append(passage(check));
    const tools = element('p', 'check-tools');
    if (check.line) {
      const link = element('a', '', `原文第 ${check.line} 行`);
      link.href = `#line-${check.line}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        showLine(check.line);
      });
      tools.append(link);
    }
    const open = status === '待核对';
    tools.append(button(`confirm-${check.id}`, open ? '确认' : '已确认', () => act({ kind: 'confirm', ids: [check.id] }, () => focusNext(check.id)), !open));
    if (value !== null && value !== undefined) {
      tools.append(button(`edit-${check.id}`, '修改', () => {
        editing = check.id;
        render();
        focus(`input-${check.id}`);
      }));
    }
    if (check.view !== null) tools.append(button('', '在预览中查看', () => showView(check.view)));
    node.append(tools);
    if (editing === check.id) node.append(editForm(check, value));
    const problems = shownFaults.filter((fault) => faultCell(fault.place) === check.cell);
    if (problems.length > 0) {
      // The alert wraps the list: a list with the role of an alert would no longer be a list.
      const alert = element('div', 'problem check-faults');
      alert.setAttribute('role', 'alert');
      const list = element('ul');
      list.append(...problems.map((fault) => element('li', '', `这一格：${fault.reason}`)));
      alert.append(list);
      node.append(alert);
    }
    return node;
  }

  function editForm(check, value) {
    const form = element('form', 'edit');
    const label = element('label', '', `新的${check.field?.split(' · ').pop() ?? '内容'}`);
    label.htmlFor = `input-${check.id}`;
    const input = element(value.length > 40 ? 'textarea' : 'input');
    input.id = `input-${check.id}`;
    input.value = value;
    if (input.tagName === 'TEXTAREA') {
      // A long text may hold line breaks: Enter makes one, Ctrl+Enter saves.
      input.rows = 3;
      input.setAttribute('aria-keyshortcuts', 'Control+Enter');
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          form.requestSubmit();
        }
      });
      label.append(element('span', 'hint', '（Ctrl+Enter 保存）'));
    }
    const save = element('button', '', '保存');
    save.type = 'submit';
    const cancel = button('', '取消', () => {
      editing = null;
      render();
      focus(`edit-${check.id}`);
    });
    form.append(label, input, save, cancel);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      editing = null;
      const after = input.value.trim();
      if (after === value) {
        render();
        return focus(`edit-${check.id}`);
      }
      await act({ kind: 'edit', id: check.id, cell: check.cell, before: value, after }, () => focus(`edit-${check.id}`));
    });
    return form;
  }

  function group(checks, state) {
    const list = element('ol', 'checks');
    list.append(...checks.map((check) => item(check, state)));
    return list;
  }

  function sourceView() {
    const source = element('details', 'source');
    source.id = 'source';
    source.append(element('summary', '', `通知原文（共 ${review.lines.length} 行，带行号）`));
    const list = element('ol', 'lines');
    review.lines.forEach((line, index) => {
      const entry = element('li', '', line);
      entry.id = `line-${index + 1}`;
      entry.tabIndex = -1;
      list.append(entry);
    });
    source.append(list);
    return source;
  }

  let source;
  function render() {
    const state = reviewed(review);
    const judged = review.checks.filter((check) => !check.routine);
    const routine = review.checks.filter((check) => check.routine);
    const parts = [element('p', 'summary', `草稿：${review.summary}；导入时标出待核对 ${review.checks.length} 项`)];
    if (review.note) parts.push(element('p', 'problem', `${review.notice.shown}：${review.note}，请核对文字。`));
    const tools = element('p', 'review-tools');
    tools.append(
      button('undo', '撤销', undo, review.position === 0),
      button('redo', '重做', redo, review.position >= review.actions.length),
      button('draft-download', '下载草稿（.xlsx）', () => download(review)),
    );
    const left = element('p', 'open-count', state.open.length > 0
      ? `还有 ${state.open.length} 项待核对。逐项确认或修改；改动会立即检查，下面的预览随之更新。`
      : '全部核对完毕。下面的预览就是将要发布的网站。');
    left.setAttribute('role', 'status');
    parts.push(tools, left);
    if (judged.length > 0) {
      const open = judged.filter((check) => state.open.includes(check.id)).length;
      const heading = element('h3', '', `需要判断 ${judged.length} 项`);
      heading.append(element('span', 'hint', open > 0 ? `（${open} 项未核对）` : '（已全部核对）'));
      parts.push(heading, group(judged, state));
    }
    if (routine.length > 0) {
      const open = routine.filter((check) => state.open.includes(check.id)).map((check) => check.id);
      const details = element('details', 'routine');
      details.id = 'routine';
      details.open = editing !== null && routine.some((check) => check.id === editing) || box.querySelector('#routine')?.open === true;
      details.append(element('summary', '', `常规拟定 ${routine.length} 项：指标简称、网址标识、折行空格${open.length > 0 ? `（${open.length} 项未核对）` : '（已全部核对）'}`));
      const all = button('confirm-routine', `全部确认（${open.length} 项）`, () => act({ kind: 'confirm', ids: open }, () => focus('undo')), open.length === 0);
      details.append(element('p', 'hint', '这些是导入时按固定规则拟定的内容，通常无需改动；展开可逐项查看。'), all, group(routine, state));
      parts.push(details);
    }
    source ??= sourceView();
    parts.push(source);
    box.replaceChildren(...parts);
    document.documentElement.dataset.draft = String(state.open.length);
  }

  render();
  return { undo, redo, showLine };
}
