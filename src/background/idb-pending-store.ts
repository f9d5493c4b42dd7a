// Pending outcomes live in the extension origin's IndexedDB: they survive a service worker restart
// and a browser restart, and content scripts cannot read the notes.
import { keyValueDb } from './idb-key-value';
import type { PendingOutcome, PendingStore } from './outcome-queue';

const db = keyValueDb('evcb-workspace');
const KEY = 'pendingOutcomes';

export const indexedDbPendingStore: PendingStore = {
  async load() {
    const raw = await db.get(KEY);
    return Array.isArray(raw) ? (raw as PendingOutcome[]) : [];
  },
  save: (items) => db.put(KEY, items),
};
