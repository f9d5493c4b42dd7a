// Registers the keyboard command (top level, synchronously: the command may be what wakes the worker).
import { browser } from '../shared/browser';
import { loadSettings } from '../shared/storage/settings';
import { CALL_COMMAND, NEXT_DUE_NOTIFICATION, runCallCommand } from './call-command';
import type { CallCoordinator } from './callout';
import { tabPort } from './callout-wiring';
import type { Workspace } from './workspace';

export function registerCallCommand(ready: Promise<void>, calls: CallCoordinator, workspace: Workspace): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== CALL_COMMAND) return;
    void ready.then(() =>
      runCallCommand(
        {
          activeTabId: tabPort.activeTabId,
          // Every frame is asked (no frameId); only frames with selected text answer, the focused one first.
          selection: (tabId) => tabPort.send(tabId, undefined, { command: 'selection.get' }),
          country: async () => (await loadSettings()).defaultCountry,
          myOpenRequests: () => workspace.requests.current()?.requests ?? [],
          start: (input, listener) => calls.start(input, listener),
          // Chrome 127+ opens the popup from a command; older versions reject, and the notification says it.
          openPopup: async () => {
            if (!chrome.action.openPopup) throw new Error('openPopup is not available');
            await chrome.action.openPopup();
          },
          notify: async (id, title, message) => {
            await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('icons/icon-128.png'), title, message });
          },
          now: Date.now,
        },
        tab?.id,
      ),
    );
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NEXT_DUE_NOTIFICATION) return;
    void browser.notifications.clear(id);
    void chrome.action.openPopup?.().catch(() => undefined);
  });
}
