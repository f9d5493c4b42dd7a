// "Remember me": the session survives a browser restart in the extension origin's IndexedDB,
// which content scripts cannot reach (storage.local would be readable by them).
import { storedSessionSchema, type StoredSession } from './stored-session';

const DB_NAME = 'evcb-credentials';
const STORE = 'kv';
const KEY = 'session';

export interface PersistentStore {
  load(): Promise<StoredSession | null>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
}

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
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

export const indexedDbStore: PersistentStore = {
  async load() {
    const raw = await run('readonly', (store) => store.get(KEY));
    const parsed = storedSessionSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  },
  async save(session) {
    await run('readwrite', (store) => store.put(session, KEY));
  },
  async clear() {
    await run('readwrite', (store) => store.delete(KEY));
  },
};
