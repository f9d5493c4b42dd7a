// Background → extension page broadcasts (call progress, state changes), validated before use.
// One runtime listener per page, however many components listen (a popup with 1,000 rows would
// otherwise parse every broadcast 1,000 times); it is removed when the last one unmounts.
import { useEffect, useRef } from 'preact/hooks';
import { browser } from '../browser';
import { broadcastSchema, type Broadcast } from '../messages/contract';

type Subscriber = (broadcast: Broadcast) => void;
const subscribers = new Set<Subscriber>();

// Returns nothing: pages never answer messages, they only listen.
function listener(message: unknown): undefined {
  const parsed = broadcastSchema.safeParse(message);
  if (parsed.success) for (const subscriber of [...subscribers]) subscriber(parsed.data);
  return undefined;
}

function subscribe(subscriber: Subscriber): () => void {
  if (subscribers.size === 0) browser.runtime.onMessage.addListener(listener);
  subscribers.add(subscriber);
  return () => {
    subscribers.delete(subscriber);
    if (subscribers.size === 0) browser.runtime.onMessage.removeListener(listener);
  };
}

/** Calls `onBroadcast` for every valid broadcast while the component is mounted. */
export function useBroadcasts(onBroadcast: (broadcast: Broadcast) => void): void {
  const latest = useRef(onBroadcast);
  latest.current = onBroadcast;
  useEffect(() => subscribe((broadcast) => latest.current(broadcast)), []);
}
