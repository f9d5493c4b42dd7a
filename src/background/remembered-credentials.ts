// "Remember me": the session survives a browser restart in the extension origin's IndexedDB,
// which content scripts cannot reach (storage.local would be readable by them).
import { keyValueDb } from './idb-key-value';
import { storedSessionSchema, type StoredSession } from './stored-session';

const db = keyValueDb('evcb-credentials');
const KEY = 'session';

export interface PersistentStore {
  load(): Promise<StoredSession | null>;
  save(session: StoredSession): Promise<void>;
  clear(): Promise<void>;
}

export const indexedDbStore: PersistentStore = {
  async load() {
    const parsed = storedSessionSchema.safeParse(await db.get(KEY));
    return parsed.success ? parsed.data : null;
  },
  save: (session) => db.put(KEY, session),
  clear: () => db.delete(KEY),
};
