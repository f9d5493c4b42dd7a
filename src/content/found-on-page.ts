// "Found on this page" (issue 4.7): which numbers of this frame have call controls now, answered
// to our background when the popup asks. Only what the page shows (number, request id): no secrets.
import { browser, type Runtime } from '../shared/browser';
import { FOUND_LIMIT_PER_FRAME, foundListRequestSchema, type FoundListAnswer, type FoundNumber } from '../shared/messages/sites-contract';
import type { CallControl } from './ui/call-control';

export interface FoundRegistry {
  /** Remembers a control the scanner made; returns it, so it wraps makeControl. */
  track(control: CallControl): CallControl;
  /** The numbers whose controls are on the page now, in page order of creation. */
  list(url: string): FoundListAnswer;
}

export function createFoundRegistry(): FoundRegistry {
  const controls = new Set<CallControl>();
  // Controls the page (or a re-render) removed are dropped now and then, so a long-lived grid that
  // recycles its rows does not keep them all: amortised, at most one sweep per doubling.
  let sweepAt = 64;
  const sweep = () => {
    for (const control of controls) if (!control.host.isConnected) controls.delete(control);
    sweepAt = Math.max(64, controls.size * 2);
  };
  return {
    track(control) {
      controls.add(control);
      if (controls.size >= sweepAt) sweep();
      return control;
    },
    list(url) {
      sweep();
      const numbers: FoundNumber[] = [];
      for (const { target } of controls) {
        if (numbers.length >= FOUND_LIMIT_PER_FRAME) break;
        numbers.push({
          shown: target.shown.slice(0, 100),
          e164: target.e164,
          ...(target.callbackRequestId ? { callbackRequestId: target.callbackRequestId.slice(0, 100) } : {}),
          ...(target.callbackListId ? { callbackListId: target.callbackListId.slice(0, 100) } : {}),
        });
      }
      return { url: url.slice(0, 4096), numbers, total: controls.size };
    },
  };
}

/** Answers the background's `found.list` question for this frame until the signal aborts. */
export function answerFoundList(registry: FoundRegistry, pageUrl: () => string, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<FoundListAnswer> | undefined => {
    // Our own background only (it sends without a tab); pages and other extensions get nothing.
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (!foundListRequestSchema.safeParse(message).success) return undefined;
    return Promise.resolve(registry.list(pageUrl()));
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
