// Builds the call state machine with its real parts: the API, the channels, the journal in
// storage.session and progress events to the clicks that wait for them.
import { browser } from '../shared/browser';
import { fetchCallbackRequest } from '../shared/api/callbacks';
import { activateCallout, startMobileCall } from '../shared/api/calls';
import { STORAGE_KEYS } from '../shared/storage/keys';
import { toRequester } from './broadcast';
import { softphoneDriver, type TabPort } from './callout-channels';
import { CallJournal } from './callout-journal';
import { webphoneDriver } from './callout-webphone';
import { createSettingsCache } from './settings-cache';
import { CallCoordinator } from './callout';
import type { SessionManager } from './session';
import type { Workspace } from './workspace';

/** My requests as realtime/polling keep them: fresh enough to skip a lookup before the activation. */
const KNOWN_REQUEST_MAX_AGE_MS = 120_000;

export const tabPort: TabPort = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  },
  async openUrl(tabId, url) {
    await browser.tabs.update(tabId, { url });
  },
  send: (tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, frameId !== undefined ? { frameId } : undefined),
};

export function createCalls(session: SessionManager, workspace?: Workspace): CallCoordinator {
  // Read now, at worker start: a click then finds the settings in memory (issue 5, click latency).
  const settings = createSettingsCache();
  void settings.get().catch(() => undefined);
  return new CallCoordinator(
    {
      api: { fetchRequest: fetchCallbackRequest, activate: activateCallout, call: startMobileCall },
      credentials: () => session.requireCredentials(),
      userId: () => session.session()?.userId ?? '',
      preferences: () => settings.get(),
      knownRequest: (requestId) => {
        const snapshot = workspace?.requests.current();
        if (!snapshot || Date.now() - snapshot.fetchedAt > KNOWN_REQUEST_MAX_AGE_MS) return undefined;
        return snapshot.requests.find((request) => request.Id.toLowerCase() === requestId.toLowerCase());
      },
      onUnauthorized: () => session.handleUnauthorized(),
      channels: {
        softphone: softphoneDriver(tabPort, async () => (await settings.get()).softphoneScheme),
        webphone: webphoneDriver(tabPort),
      },
      journal: new CallJournal(browser.storage.session, STORAGE_KEYS.callFlows),
    },
    (listener, state, message) =>
      toRequester(listener, { event: 'call.progress', clickId: listener.clickId, state, ...(message ? { message } : {}) }),
  );
}
