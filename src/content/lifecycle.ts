// Lifecycle helpers: is this content script still connected to its extension, and hand-over
// from an older instance left behind in the page by an extension reload or update.
import { browser } from '../shared/browser';
import { dropOwnedIds, LAYER_TAG } from './scan/overlay-layer';
import { HOST_TAG } from './ui/call-control';

/** False once the extension was reloaded, updated or removed: our messages can no longer arrive. */
export function isExtensionContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    // Some browsers throw on any access to a dead context's APIs.
    return false;
  }
}

const TAKEOVER_EVENT = 'evcb:takeover';

/**
 * Asks an older instance in this document to tear down, then listens for the next one. DOM events
 * reach every isolated world, so this works across extension reloads. A page could send the event
 * too, but it can remove our controls anyway: it gains nothing.
 */
export function takeOverDocument(doc: Document, onTakenOver: () => void, signal: AbortSignal): void {
  doc.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  removeLeftovers(doc);
  // Added after our own dispatch, so we do not hear ourselves.
  doc.addEventListener(TAKEOVER_EVENT, onTakenOver, { signal });
}

/**
 * Removes the controls of an instance that died without hearing us (Firefox unloads a disabled
 * extension's scripts and leaves their DOM). This runs on every page load, so it looks only for our
 * own tags (a native walk of the page: about a millisecond on 100,000 elements) and searches cells for
 * our aria-owns ids only beside a layer left behind: an attribute search of the whole page costs up to
 * ten times as much, on every big page, for a case that is rare.
 */
function removeLeftovers(doc: Document): void {
  for (const layer of [...doc.getElementsByTagName(LAYER_TAG)]) {
    // The layer sits just before the box whose cells own its controls (placements.ts).
    layer.parentElement?.querySelectorAll('[aria-owns*="evcb-"]').forEach((owner) => dropOwnedIds(owner, (id) => id.startsWith('evcb-')));
    layer.remove();
  }
  for (const host of [...doc.getElementsByTagName(HOST_TAG)]) host.remove();
}
