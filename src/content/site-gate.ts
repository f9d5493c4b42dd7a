// Per-site control in the page (issue 4.6): starts the content script only where the settings
// enable it, removes every control when the site is switched off, ignored or unlisted (no reload
// needed), and starts again when it is switched back on. The background registers the script for
// enabled sites only; this gate also covers a registration a moment behind the settings.
import { browser, type Storage } from '../shared/browser';
import { isSiteEnabled } from '../shared/sites/site-settings';
import { changesSettings, loadSettings } from '../shared/storage/settings';
import { watchForOrphaning } from './orphan-watch';
import { startContentScript, type ContentScript } from './start';

/** Told by a newer gate in the same document (an update or a re-injection): this one stops. */
const GATE_TAKEOVER_EVENT = 'evcb:gate-takeover';

export interface GateDeps {
  start(doc: Document): Promise<ContentScript | null>;
  enabled(url: string): Promise<boolean>;
  /** Calls back when settings that decide the site may have changed; returns the unsubscribe. */
  onSettingsChanged(callback: () => void): () => void;
  isAlive?: () => boolean;
}

export interface SiteGate {
  readonly running: boolean;
  readonly signal: AbortSignal;
  stop(): void;
}

export const browserGateDeps: GateDeps = {
  start: (doc) => startContentScript(doc),
  // Unreadable settings: the background registered us for an enabled site, so work.
  enabled: (url) => loadSettings().then((settings) => isSiteEnabled(settings, url), () => true),
  onSettingsChanged(callback) {
    const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (changesSettings(changes, area)) callback();
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      try {
        browser.storage.onChanged.removeListener(listener);
      } catch {
        // The extension context is gone: the listener went with it.
      }
    };
  },
};

/** The URL the settings are asked about; frames without one of their own use their origin. */
export function frameUrl(doc: Document): string {
  const href = doc.location?.href ?? '';
  if (/^https?:/i.test(href)) return href;
  const origin = doc.location?.origin ?? '';
  return /^https?:/i.test(origin) ? `${origin}/` : href;
}

export function startSiteGate(doc: Document, deps: GateDeps = browserGateDeps): SiteGate {
  const gate = new AbortController();
  const url = frameUrl(doc);
  let script: ContentScript | null = null;
  let starting: Promise<void> | null = null;
  let dirty = false;

  doc.dispatchEvent(new CustomEvent(GATE_TAKEOVER_EVENT));
  doc.addEventListener(GATE_TAKEOVER_EVENT, stop, { signal: gate.signal });
  watchForOrphaning(doc, stop, gate.signal, deps.isAlive);
  const unsubscribe = deps.onSettingsChanged(() => void apply());
  gate.signal.addEventListener('abort', unsubscribe);
  void apply();
  return {
    get running() {
      return script !== null && !script.signal.aborted;
    },
    signal: gate.signal,
    stop,
  };

  /** Brings the page in line with the settings; changes during a start are applied after it. */
  async function apply(): Promise<void> {
    if (starting) return void (dirty = true);
    starting = (async () => {
      do {
        dirty = false;
        const enabled = await deps.enabled(url);
        if (gate.signal.aborted) return;
        const running = script !== null && !script.signal.aborted;
        if (enabled && !running) script = await deps.start(doc);
        else if (!enabled && running) script!.teardown();
        if (gate.signal.aborted) script?.teardown();
      } while (dirty && !gate.signal.aborted);
    })();
    try {
      await starting;
    } catch (error) {
      // A start that failed leaves the page as it was; the next settings change tries again.
      console.warn('EnreachVoice: call controls could not start on this page', error);
    } finally {
      starting = null;
    }
  }

  function stop(): void {
    if (gate.signal.aborted) return;
    gate.abort();
    script?.teardown();
  }
}
