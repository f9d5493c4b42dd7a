// Requests from the background to this frame (issue 5): place a call through the page's webphone,
// or say what text is selected (the keyboard command). Anything else, or from anyone else, is ignored.
// The selection question goes to every frame of the tab (the selection may be in a CRM's iframe): only
// a frame with selected text answers, and the frame that has the focus answers first; the first
// answer is the one the background gets.
import { browser, type Runtime } from '../shared/browser';
import { contentCommandSchema } from '../shared/messages/webphone-contract';
import { placeViaWebphone } from './webphone/webphone-client';

export function listenToBackground(doc: Document, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only our own background (no tab) may ask; a listener that returns undefined leaves the reply to others.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const command = contentCommandSchema.safeParse(message);
    if (!command.success) return undefined;
    if (command.data.command === 'webphone.place') return placeViaWebphone(doc, command.data);
    return selectionReply(doc);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension context is gone: the listener went with it.
    }
  });
}

/** A frame without the focus waits this long, so that the focused frame's selection wins. */
export const UNFOCUSED_ANSWER_DELAY_MS = 60;

/** The selected text of this frame, or no answer (undefined) when nothing is selected here. */
export function selectionReply(doc: Document, delayMs = UNFOCUSED_ANSWER_DELAY_MS): Promise<{ text: string }> | undefined {
  const text = (doc.getSelection()?.toString() ?? '').trim().slice(0, 200);
  if (!text) return undefined;
  if (doc.hasFocus()) return Promise.resolve({ text });
  return new Promise((resolve) => setTimeout(() => resolve({ text }), delayMs));
}
