// Starts the content script in one document (each frame runs its own copy: all_frames).
// Everything started here stops through one AbortController: on takeover by a newer instance,
// when the extension context is invalidated, or when a caller (a test) asks.
import { sendToBackground } from '../shared/messages/send';
import { DEFAULT_SETTINGS, loadSettings } from '../shared/storage/settings';
import { applyLanguage, followLanguageSetting } from '../shared/i18n/follow-setting';
import { adapterFor } from './adapters';
import { listenToBackground } from './background-commands';
import { answerFoundList, createFoundRegistry } from './found-on-page';
import { isExtensionContextAlive, takeOverDocument } from './lifecycle';
import { followOpenRequests } from './open-requests-watch';
import { createScanner, type ScannerOptions, type Scanner } from './scan/scanner';
import { watchDefaultCountry } from './settings-watch';
import { createCallControl, type CallControl } from './ui/call-control';
import { openChannelMenu } from './ui/channel-menu';
import { prepareWebphone } from './webphone/webphone-client';
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
  // The controls' names and status texts in the agent's language (issue 6.2).
  applyLanguage(settings.language);
  followLanguageSetting(abort.signal);
  const router = createProgressRouter();
  const pageUrl = () => doc.location?.href ?? '';
  let channelSetting = settings.callChannel;
  const openMenu = (control: CallControl) => openChannelMenu(control, (event, choice) => void handleControlClick(event, control, deps, choice));
  const deps: ClickDeps = { send: sendToBackground, router, pageUrl, newClickId, onContextInvalidated: teardown, channelSetting: () => channelSetting, openMenu };
  // One pair of handlers for every control (a big grid has thousands).
  const onControlClick = (event: Event, control: CallControl) => void handleControlClick(event, control, deps);
  // The menu opens from the keyboard (ArrowDown) or the context menu: an agent's own gesture.
  const onControlMenu = (event: Event, control: CallControl) => {
    if (!event.isTrusted || control.busy) return;
    event.preventDefault();
    openMenu(control);
  };
  takeOverDocument(doc, teardown, abort.signal);
  // What the popup's "Found on this page" lists (issue 4.7).
  const found = createFoundRegistry();
  const scanner = createScanner({
    doc,
    country: settings.defaultCountry,
    adapter: adapterFor(pageUrl(), doc),
    makeControl: (target) => found.track(createCallControl(doc, target, onControlClick, onControlMenu)).host,
    isAlive: isExtensionContextAlive,
    onDead: teardown,
    ...options.scannerOverrides,
  });
  watchDefaultCountry((country, next) => (scanner.setCountry(country), (channelSetting = next.callChannel)), abort.signal);
  listenToBackground(doc, abort.signal);
  // An agent who calls through the webphone gets its bridge now, on a page that hosts the element.
  // Everyone else is spared the document-wide look for it (any channel can still be picked per
  // click: the bridge then comes with that call).
  if (settings.callChannel === 'webphone') prepareWebphone(doc);
  answerFoundList(found, pageUrl, abort.signal);
  scanner.start();
  // Numbers of my open requests become callback calls (issue 4.2).
  void followOpenRequests(scanner, sendToBackground, doc, abort.signal);
  return { scanner, teardown, signal: abort.signal };

  // Quiet: removes our controls and listeners, leaves the page as it was.
  function teardown(): void {
    if (abort.signal.aborted) return;
    abort.abort();
    scanner.teardown();
    router.teardown();
  }
}
