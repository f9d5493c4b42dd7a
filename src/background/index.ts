// Service worker entry: registers every listener synchronously at top level (MV3 may start the worker
// just to deliver one event), then lets handlers wait for one readiness promise.
import '../shared/zod-setup';
import { browser, type Runtime } from '../shared/browser';
import { toExtensionPages } from './broadcast';
import { createHandlers } from './handlers';
import { indexedDbStore } from './remembered-credentials';
import { route } from './router';
import { SessionManager } from './session';
import { Workspace } from './workspace';
import { NEW_REQUESTS_NOTIFICATION, workspaceApi, workspacePlatform } from './workspace-platform';

const session = new SessionManager(browser.storage.session, indexedDbStore, () => {
  toExtensionPages({ event: 'state.changed', what: 'session' });
  void ready.then(() => workspace.onSessionChanged());
});
const workspace = new Workspace(session, workspaceApi, workspacePlatform(browser.storage.session));
const handlers = createHandlers(session, workspace);
const identity = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

const ready: Promise<void> = (async () => {
  // storage.session is trusted-contexts-only by default; say so explicitly so it stays that way.
  await chrome.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  await session.restore();
  await workspace.start().catch((error: unknown) => console.warn('EnreachVoice callbacks: the workspace did not start', error));
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

// The workspace's timers (polling, badge colour, outcome retries) are alarms: they wake the worker.
browser.alarms.onAlarm.addListener((alarm) => void ready.then(() => workspace.onAlarm(alarm.name)));

browser.notifications.onClicked.addListener((id) => {
  if (id !== NEW_REQUESTS_NOTIFICATION) return;
  void browser.notifications.clear(id);
  // openPopup needs a focused window and Chrome 127+; the badge still says what is new when it fails.
  void chrome.action.openPopup?.().catch(() => undefined);
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && ('settings' in changes || 'devTimeScale' in changes)) void ready.then(() => workspace.onSettingsChanged());
});
