// An extension that was updated, reloaded, disabled or removed leaves its content scripts running
// in open pages with no way to reach it (design §5). Such an orphan removes its controls quietly the
// next time the agent is near them: focus, pointer or the tab becoming visible again. (An update
// also starts a new instance in open tabs, which takes over at once: site-registration.ts.)
import { isExtensionContextAlive } from './lifecycle';

const EVENTS = ['visibilitychange', 'focusin', 'pointerover'] as const;
/** Checks are cheap, but pointerover fires a lot: at most one check per this many ms. */
const MIN_GAP_MS = 500;

export function watchForOrphaning(doc: Document, onOrphaned: () => void, signal: AbortSignal, isAlive: () => boolean = isExtensionContextAlive): void {
  let lastCheck = Number.NEGATIVE_INFINITY;
  const check = (event: Event) => {
    if (event.type === 'pointerover' && event.timeStamp - lastCheck < MIN_GAP_MS) return;
    lastCheck = event.timeStamp;
    if (!isAlive()) onOrphaned();
  };
  for (const type of EVENTS) doc.addEventListener(type, check, { capture: true, passive: true, signal });
}
