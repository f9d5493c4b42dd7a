// Puts the webphone bridge (content/webphone/main-world-bridge.ts) into the page's own JavaScript
// world, only in a frame whose content script found EnreachVoice's `<webrtc-client-ui>` there
// (issue 5). Pages without the element never get it. The bridge installs itself once per page, so
// asking twice is harmless. The frame is the asking content script's own: the router took the tab
// and frame from the sender, never from the message.
import { AppError } from '../shared/errors';
import type { HandlerContext } from './router';

export const WEBPHONE_BRIDGE_FILE = 'webphone-bridge.js';

export interface MainWorldScripting {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[]; world: 'MAIN'; injectImmediately: boolean }): Promise<unknown>;
}

export async function injectWebphoneBridge(context: HandlerContext, scripting: MainWorldScripting = chrome.scripting): Promise<{ injected: boolean }> {
  if (context.from !== 'content' || context.tabId === undefined) throw new AppError('invalid-input', 'Only a page can ask for the webphone bridge.');
  await scripting.executeScript({ target: { tabId: context.tabId, frameIds: [context.frameId ?? 0] }, files: [WEBPHONE_BRIDGE_FILE], world: 'MAIN', injectImmediately: true });
  return { injected: true };
}
