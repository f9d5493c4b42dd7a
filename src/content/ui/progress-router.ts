// Routes call.progress broadcasts from the background to the control that started the call.
import { browser } from '../../shared/browser';
import { callProgressSchema, type CallProgress } from '../../shared/messages/contract';
import type { CallControl } from './call-control';

export interface ProgressRouter {
  track(clickId: string, control: CallControl): void;
  forget(clickId: string): void;
  /** Applies one incoming message; exported for tests. Anything but a valid call.progress is ignored. */
  receive(message: unknown): void;
  teardown(): void;
}

export function createProgressRouter(): ProgressRouter {
  const byClickId = new Map<string, CallControl>();
  const receive = (message: unknown): void => {
    const parsed = callProgressSchema.safeParse(message);
    if (parsed.success) apply(byClickId, parsed.data);
  };
  // Returns nothing: a listener that returns a value would claim the reply for other listeners.
  const listener = (message: unknown): undefined => {
    receive(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return {
    track: (clickId, control) => void byClickId.set(clickId, control),
    forget: (clickId) => void byClickId.delete(clickId),
    receive,
    teardown() {
      byClickId.clear();
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        // The extension context is gone: the listener went with it.
      }
    },
  };
}

function apply(byClickId: Map<string, CallControl>, progress: CallProgress): void {
  const control = byClickId.get(progress.clickId);
  // Only the call currently in progress on that control may change it.
  if (!control || control.activeClickId !== progress.clickId) return;
  // "placed" is said by the call.start answer (it knows whether it became a direct call).
  control.setState(progress.state, progress.state === 'placed' ? undefined : progress.message);
  if (progress.state === 'placed' || progress.state === 'failed') control.activeClickId = undefined;
}
