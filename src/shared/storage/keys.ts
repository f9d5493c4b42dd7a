// One registry of storage keys, and which area each lives in. The secret key is never here:
// storage.local and storage.sync are readable by content scripts.
export const STORAGE_KEYS = {
  /** storage.local: user settings (see settings.ts). */
  settings: 'settings',
  /** storage.session (trusted contexts only): the signed-in session, secret key included. */
  session: 'session',
  /** storage.session: cached list of my callback requests. */
  myRequests: 'myRequests',
} as const;
