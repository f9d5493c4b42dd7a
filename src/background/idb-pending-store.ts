// Pending outcomes live in the extension origin's IndexedDB: they survive a service worker restart
// and a browser restart, and, unlike storage.local, content scripts cannot read the notes.
import type { PendingOutcome, PendingStore } from './outcome-queue';

const DB_NAME = 'evcb-workspace';
const STORE = 'kv';
const KEY = 'pendingOutcomes';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      // Resolve on commit, not on success: a write is only kept once its transaction completes.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
    });
  } finally {
    db.close();
  }
}

export const indexedDbPendingStore: PendingStore = {
  async load() {
    const raw: unknown = await run('readonly', (store) => store.get(KEY));
    return Array.isArray(raw) ? (raw as PendingOutcome[]) : [];
  },
  async save(items) {
    await run('readwrite', (store) => store.put(items, KEY));
  },
};
