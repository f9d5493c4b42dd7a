// Service worker entry: registers every listener synchronously at top level (MV3 may start the worker
// just to deliver one event), then lets handlers wait for one readiness promise.
import '../shared/zod-setup';
import { browser, type Runtime } from '../shared/browser';
import { toExtensionPages } from './broadcast';
import { createHandlers } from './handlers';
import { indexedDbStore } from './remembered-credentials';
import { route } from './router';
import { SessionManager } from './session';

const session = new SessionManager(browser.storage.session, indexedDbStore, () =>
  toExtensionPages({ event: 'state.changed', what: 'session' }),
);
const handlers = createHandlers(session);
const identity = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

const ready: Promise<void> = (async () => {
  // storage.session is trusted-contexts-only by default; say so explicitly so it stays that way.
  await chrome.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  await session.restore();
})();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  ready.then(
    () => route(message, sender, handlers, identity),
    () => route(message, sender, handlers, identity),
  ),
);

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
});
