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
  // Controls of an instance that died without hearing us.
  doc.querySelectorAll(HOST_TAG).forEach((host) => host.remove());
  doc.querySelectorAll(LAYER_TAG).forEach((layer) => layer.remove());
  // The cells that owned its overlay controls (ids start with "evcb-").
  doc.querySelectorAll('[aria-owns*="evcb-"]').forEach((owner) => dropOwnedIds(owner, (id) => id.startsWith('evcb-')));
  // Added after our own dispatch, so we do not hear ourselves.
  doc.addEventListener(TAKEOVER_EVENT, onTakenOver, { signal });
}
