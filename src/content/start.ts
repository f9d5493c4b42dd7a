// Starts the content script in one document (each frame runs its own copy: all_frames).
// Everything started here stops through one AbortController: on takeover by a newer instance,
// when the extension context is invalidated, or when a caller (a test) asks.
import { sendToBackground } from '../shared/messages/send';
import { DEFAULT_SETTINGS, loadSettings } from '../shared/storage/settings';
import { adapterFor } from './adapters';
import { isExtensionContextAlive, takeOverDocument } from './lifecycle';
import { createScanner, type ScannerOptions, type Scanner } from './scan/scanner';
import { watchDefaultCountry } from './settings-watch';
import { createCallControl } from './ui/call-control';
import { handleControlClick, newClickId, type ClickDeps } from './ui/click-handler';
import { createProgressRouter } from './ui/progress-router';

export interface ContentScript {
  scanner: Scanner;
  teardown(): void;
  readonly signal: AbortSignal;
}

export interface StartOptions {
  /** For tests and benchmarks: a controllable scheduler, another slice length or eager limit. */
  scannerOverrides?: Partial<Pick<ScannerOptions, 'schedule' | 'sliceMs' | 'eagerLimit'>>;
}

export async function startContentScript(doc: Document, options: StartOptions = {}): Promise<ContentScript | null> {
  // XML, SVG and other non-HTML documents have no place for our controls.
  if (doc.documentElement?.localName !== 'html') return null;
  const abort = new AbortController();
  // Unreadable settings must not keep the controls away: defaults (FI) are a fair guess.
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const router = createProgressRouter();
  const pageUrl = () => doc.location?.href ?? '';
  const deps: ClickDeps = { send: sendToBackground, router, pageUrl, newClickId, onContextInvalidated: teardown };
  takeOverDocument(doc, teardown, abort.signal);
  const scanner = createScanner({
    doc,
    country: settings.defaultCountry,
    adapter: adapterFor(pageUrl()),
    makeControl: (target) => createCallControl(doc, target, (event, control) => void handleControlClick(event, control, deps)).host,
    isAlive: isExtensionContextAlive,
    onDead: teardown,
    ...options.scannerOverrides,
  });
  watchDefaultCountry((country) => scanner.setCountry(country), abort.signal);
  scanner.start();
  return { scanner, teardown, signal: abort.signal };

  // Quiet: removes our controls and listeners, leaves the page as it was.
  function teardown(): void {
    if (abort.signal.aborted) return;
    abort.abort();
    scanner.teardown();
    router.teardown();
  }
}
