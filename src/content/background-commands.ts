// Requests from the background to this frame (issue 5): place a call through the page's webphone,
// or say what text is selected (the keyboard command). Anything else, or from anyone else, is ignored.
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
    return Promise.resolve({ text: (doc.getSelection()?.toString() ?? '').trim().slice(0, 200) });
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
