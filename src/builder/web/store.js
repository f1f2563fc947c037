// What the editor is working on, kept in this browser's IndexedDB so that a reload or a closed tab
// loses nothing, each under its own key: `last`, the last good dataset file ({name, bytes, open,
// publicUrl, publicPath}); `broken`, a file with faults put in after it (kept beside it, never over
// it, until a good one comes); `draft`, a notice's review (review.js). Nothing is sent anywhere.
const DATABASE = 'yitu-builder';
const STORE = 'files';
const KEYS = ['last', 'broken', 'draft'];

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, act) {
  const database = await open();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

/** Keeps `value` under `key` (replacing what was kept there). */
export function keep(value, key = 'last') {
  return run('readwrite', (store) => store.put(value, key));
}

/** What is kept under `key`, or undefined. */
export function kept(key = 'last') {
  return run('readonly', (store) => store.get(key)).catch(() => undefined);
}

/** Forgets what is kept under `key`. */
export function forget(key) {
  return run('readwrite', (store) => store.delete(key)).catch(() => {});
}

/** Forgets everything kept. */
export async function forgetAll() {
  for (const key of KEYS) await forget(key);
}
