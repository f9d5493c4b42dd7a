// Background → extension page broadcasts (call progress, state changes), validated before use.
import { useEffect, useRef } from 'preact/hooks';
import { browser } from '../browser';
import { broadcastSchema, type Broadcast } from '../messages/contract';

/** Calls `onBroadcast` for every valid broadcast while the component is mounted. */
export function useBroadcasts(onBroadcast: (broadcast: Broadcast) => void): void {
  const latest = useRef(onBroadcast);
  latest.current = onBroadcast;
  useEffect(() => {
    // Returns nothing: this page never answers messages, it only listens.
    const listener = (message: unknown): undefined => {
      const parsed = broadcastSchema.safeParse(message);
      if (parsed.success) latest.current(parsed.data);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);
}
