// The editor's last file, kept in this browser's IndexedDB so that a reload does not lose the work:
// {name, bytes, publicUrl, publicPath}. Nothing is sent anywhere.
const DATABASE = 'yitu-builder';
const STORE = 'files';
const KEY = 'last';

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

/** Keeps the file (replacing the one kept before). */
export function keep(file) {
  return run('readwrite', (store) => store.put(file, KEY));
}

/** The kept file, or undefined. */
export function kept() {
  return run('readonly', (store) => store.get(KEY)).catch(() => undefined);
}

/** Forgets the kept file. */
export function forget() {
  return run('readwrite', (store) => store.delete(KEY));
}
