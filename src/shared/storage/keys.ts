// One registry of storage keys, and which area each lives in. The secret key is never here:
// storage.local and storage.sync are readable by content scripts.
export const STORAGE_KEYS = {
  /** storage.local: user settings (see settings.ts). */
  settings: 'settings',
  /** storage.session (trusted contexts only): the signed-in session, secret key included. */
  session: 'session',
  /** storage.session: the call flows of the last minute (state machine of issue 5), rebuilt on wake. */
  callFlows: 'callFlows',
  /** storage.session: cached list of my callback requests. */
  myRequests: 'myRequests',
  /**
   * storage.local, development installs only: divides the background's timers (polling, backoff)
   * so benchmarks and tests can compress minutes into seconds. Ignored in packed installs.
   */
  devTimeScale: 'devTimeScale',
  /**
   * storage.local: the enterprise policy as the background last read it from storage.managed. The
   * first managed read of a browser session can take seconds; content scripts start from this copy.
   */
  policyCopy: 'policyCopy',
} as const;
