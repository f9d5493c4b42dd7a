// A one-store key-value database in the extension origin's IndexedDB: it survives service worker and
// browser restarts, and, unlike storage.local, content scripts cannot read it.

const STORE = 'kv';

export interface KeyValueDb {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

function open(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
}

async function run<T>(name: string, mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open(name);
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      // Resolve on commit, not on success: a write is only kept once its transaction completes.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB request failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB request aborted'));
    });
  } finally {
    db.close();
  }
}

export function keyValueDb(name: string): KeyValueDb {
  return {
    get: (key) => run(name, 'readonly', (store) => store.get(key)),
    put: async (key, value) => {
      await run(name, 'readwrite', (store) => store.put(value, key));
    },
    delete: async (key) => {
      await run(name, 'readwrite', (store) => store.delete(key));
    },
  };
}
