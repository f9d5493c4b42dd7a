// Service worker entry: registers every listener synchronously at top level (MV3 may start the worker
// just to deliver one event), then lets handlers wait for one readiness promise.
import '../shared/zod-setup';
import { browser, type Runtime } from '../shared/browser';
import { toExtensionPages } from './broadcast';
import { registerCallCommand } from './call-command-wiring';
import { createCalls } from './callout-wiring';
import { firstCalls } from './first-calls';
import { createHandlers } from './handlers';
import { listenForCallSelection, notifyAboutSelection } from './call-selection-menu';
import { listenForSiteChanges, SiteControl } from './site-control';
import { changesSettings, keepPolicyCopy, loadSettings } from '../shared/storage/settings';
import { followLanguageSetting, loadLanguage } from '../shared/i18n/follow-setting';
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
const calls = createCalls(session, workspace);
const handlers = createHandlers(session, workspace, calls);
const identity = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

// Badge titles and notifications in the agent's language (issue 6.2), following the setting.
followLanguageSetting();
// Calls need only the session and the call journal: a click that wakes the worker does not wait
// for the workspace to start (issue 5, cold-click latency).
let requestsRestored = false;
const callsReady: Promise<void> = (async () => {
  await Promise.all([
    loadLanguage(),
    // storage.session is trusted-contexts-only by default; say so explicitly so it stays that way.
    chrome.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined),
    session.restore(),
  ]);
  // Before any call message is handled: flows a stopped worker left unfinished are failed, never
  // resumed. My requests are read too, so a click finds its request without a lookup.
  const [, restored] = await Promise.all([calls.restore(), workspace.requests.restore(workspace.userId()).then(() => true, () => false)]);
  requestsRestored = restored;
})();
const wakingCalls = firstCalls();
const ready: Promise<void> = (async () => {
  await callsReady;
  // A click that woke the worker goes first: realtime, sync and badge start after its call.
  await wakingCalls.settled();
  await workspace.start(requestsRestored).catch((error: unknown) => console.warn('EnreachVoice callbacks: the workspace did not start', error));
})();

// webphone.bridge is part of a webphone call: it must not wait for the workspace (which waits for the call).
const CALL_MESSAGES: ReadonlySet<unknown> = new Set(['call.start', 'call.status', 'webphone.bridge']);
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const type = (message as { type?: unknown } | null)?.type;
  const gate = CALL_MESSAGES.has(type) ? callsReady : ready;
  const reply = gate.then(
    () => route(message, sender, handlers, identity),
    () => route(message, sender, handlers, identity),
  );
  if (type === 'call.start') wakingCalls.add(reply);
  return reply;
});

// The keyboard shortcut: call the selected number, or offer the next due callback (issue 5).
registerCallCommand(ready, calls, workspace);

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.runtime.openOptionsPage();
});

// Per-site control (issue 4.6): the content script is registered for the enabled, granted sites only.
listenForSiteChanges(new SiteControl());
// "Call selection" on any page, through the same call flow as a click on a control.
listenForCallSelection(
  {
    start: (input) => handlers['call.start'](input, { from: 'extension' }),
    openRequestFor: (e164) => {
      const request = workspace.requests.current()?.requests.find((r) => r.ContactNumber === e164 && !r.IsClosed);
      return request ? { id: request.Id, listId: request.CallbackListId } : undefined;
    },
    defaultCountry: async () => (await loadSettings()).defaultCountry,
    notify: notifyAboutSelection,
  },
  ready,
);

// The workspace's timers (polling, badge colour, outcome retries) are alarms: they wake the worker.
browser.alarms.onAlarm.addListener((alarm) => void ready.then(() => workspace.onAlarm(alarm.name)));

browser.notifications.onClicked.addListener((id) => {
  if (id !== NEW_REQUESTS_NOTIFICATION) return;
  void browser.notifications.clear(id);
  // openPopup needs a focused window and Chrome 127+; the badge still says what is new when it fails.
  void chrome.action.openPopup?.().catch(() => undefined);
});

// The enterprise policy (issue 6.5) as a copy in storage.local, which every context reads at once:
// the first managed-storage read of a browser session can take seconds.
void keepPolicyCopy().catch((error: unknown) => console.warn('EnreachVoice: the enterprise policy could not be read', error));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') void keepPolicyCopy().catch(() => undefined);
  if (changesSettings(changes, area) || (area === 'local' && 'devTimeScale' in changes)) void ready.then(() => workspace.onSettingsChanged());
});
