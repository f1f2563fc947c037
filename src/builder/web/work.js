// The page's side of the builder's worker (worker.js): each call is a promise, and the worker's
// progress on the way moves the progress bar with the step's name.
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const waiting = new Map();
let next = 1;

const box = document.getElementById('progress');
const step = document.getElementById('step');
const bar = document.getElementById('bar');

/** Shows a step on the progress bar: its name and, where counted, how far it is. */
export function showStep(name, done = 0, total = 0) {
  box.hidden = false;
  step.textContent = total > 0 ? `${name}（${done}/${total}）` : `${name}……`;
  if (total > 0) bar.value = done / total;
  else bar.removeAttribute('value');
  document.documentElement.dataset.step = name;
  // Each step's start, for the benchmark's split by stage (tools/bench/builder.mjs).
  if (done === 0) performance.mark(`step:${name}`);
}

/** Hides the progress bar. */
export function hideSteps() {
  box.hidden = true;
  delete document.documentElement.dataset.step;
}

worker.addEventListener('message', ({ data }) => {
  const call = waiting.get(data.id);
  if (!call) return;
  if (data.progress) {
    showStep(data.progress.step, data.progress.done, data.progress.total);
    return;
  }
  waiting.delete(data.id);
  if ('error' in data) call.reject(new Error(data.error));
  else call.resolve(data.result);
});
worker.addEventListener('error', (event) => {
  for (const call of waiting.values()) call.reject(new Error(event.message || '处理程序出错'));
  waiting.clear();
});

/** Asks the worker to do `op` with `args`; resolves to its answer. */
export function work(op, args, transfer = []) {
  const id = next++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, op, ...args }, transfer);
  });
}
