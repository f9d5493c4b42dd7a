// The real browser and EnreachVoice behind the workspace's interfaces (workspace-types.ts).
import { fetchMyCallbackLists, fetchMyCallbackRequests, recordCallbackAttempt, releaseCallback, requestNextCallback } from '../shared/api/callbacks';
import { classifyCallbackRequest, fetchListSchemaBindings, fetchTagSchema } from '../shared/api/classification';
import { fetchRealtimeTarget, negotiateWebSocketUrl } from '../shared/api/realtime';
import { browser } from '../shared/browser';
import { STORAGE_KEYS } from '../shared/storage/keys';
import { loadSettings } from '../shared/storage/settings';
import { toExtensionPages } from './broadcast';
import { indexedDbPendingStore } from './idb-pending-store';
import type { SessionArea } from './session';
import type { WorkspaceApi, WorkspacePlatform } from './workspace-types';

export const NEW_REQUESTS_NOTIFICATION = 'evcb-new-requests';

export const workspaceApi: WorkspaceApi = {
  fetchMine: fetchMyCallbackRequests,
  fetchLists: fetchMyCallbackLists,
  next: requestNextCallback,
  attempt: recordCallbackAttempt,
  release: releaseCallback,
  bindings: fetchListSchemaBindings,
  schema: fetchTagSchema,
  classify: classifyCallbackRequest,
  realtimeUrl: async (credentials, userId) => negotiateWebSocketUrl(await fetchRealtimeTarget(credentials, userId)),
};

/** The time scale is a development aid: a packed (store) install always runs in real time. */
async function timeScale(): Promise<number> {
  const self = await chrome.management?.getSelf?.().catch(() => undefined);
  if (self?.installType !== 'development') return 1;
  const stored = (await browser.storage.local.get(STORAGE_KEYS.devTimeScale))[STORAGE_KEYS.devTimeScale];
  return typeof stored === 'number' && stored >= 1 && stored <= 1000 ? stored : 1;
}

export function workspacePlatform(area: SessionArea): WorkspacePlatform {
  return {
    area,
    pendingStore: indexedDbPendingStore,
    badge: {
      setBadgeText: (details) => browser.action.setBadgeText(details),
      setBadgeBackgroundColor: (details) => browser.action.setBadgeBackgroundColor(details),
      setTitle: (details) => browser.action.setTitle(details),
    },
    alarms: {
      create: async (name, info) => void (await browser.alarms.create(name, info)),
      clear: (name) => browser.alarms.clear(name),
    },
    notify: async ({ title, message }) => {
      await browser.notifications.create(NEW_REQUESTS_NOTIFICATION, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message });
    },
    settings: loadSettings,
    timeScale,
    broadcast: (what) => toExtensionPages({ event: 'state.changed', what }),
    createSocket: (url) => new WebSocket(url),
  };
}
