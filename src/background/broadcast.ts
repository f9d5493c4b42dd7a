// Pushes events to the contexts that wait for them. A context that has gone away is not an error.
import { browser } from '../shared/browser';
import type { Broadcast } from '../shared/messages/contract';
import type { HandlerContext } from './router';

function ignoreNoReceiver(): void {
  // No popup open or the tab navigated away: nobody is listening, which is fine.
}

export function toExtensionPages(event: Broadcast): void {
  browser.runtime.sendMessage(event).catch(ignoreNoReceiver);
}

/** To the frame that asked (content script) and to any open extension page (popup, options). */
export function toRequester(context: HandlerContext, event: Broadcast): void {
  if (context.from === 'content' && context.tabId !== undefined) {
    const options = context.frameId !== undefined ? { frameId: context.frameId } : undefined;
    browser.tabs.sendMessage(context.tabId, event, options).catch(ignoreNoReceiver);
  }
  toExtensionPages(event);
}
