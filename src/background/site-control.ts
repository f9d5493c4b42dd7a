// Keeps the content script registration in step with the enabled sites and their host
// permissions (site-registration.ts), one sync at a time, and drops a listed site whose permission
// the agent took away in the browser's own settings.
import { browser } from '../shared/browser';
import { changesSettings, loadSettings, saveSettings } from '../shared/storage/settings';
import { coveredBefore, injectIntoOpenTabs, syncRegistration, type RegistrationDeps } from './site-registration';

export type SyncReason = 'startup' | 'installed' | 'settings' | 'permissions';

export function browserRegistrationDeps(): RegistrationDeps {
  return {
    settings: loadSettings,
    isGranted: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    scripting: browser.scripting as unknown as RegistrationDeps['scripting'],
    tabsMatching: (patterns) => browser.tabs.query({ url: patterns }),
    log: (message, error) => console.warn(`EnreachVoice sites: ${message}`, error ?? ''),
  };
}

export class SiteControl {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: RegistrationDeps = browserRegistrationDeps()) {}

  /** Queues a sync; an install or update also restarts the content script in open tabs. */
  sync(reason: SyncReason): Promise<void> {
    const run = async () => {
      const result = await syncRegistration(this.deps);
      if (reason === 'installed') await injectIntoOpenTabs(this.deps, result.after);
      // A newly listed, granted or no longer ignored site works in its open tabs at once.
      else if (result.step !== 'none') await injectIntoOpenTabs(this.deps, result.after, (url) => coveredBefore(result, url));
    };
    const next = this.chain.then(run, run);
    this.chain = next.catch((error: unknown) => this.deps.log?.(`sync after ${reason} failed`, error));
    return next;
  }

  /** Host permissions were removed (here or in the browser's settings): unlist those sites. */
  async onPermissionsRemoved(): Promise<void> {
    const settings = await loadSettings();
    const granted = await Promise.all(settings.sitePatterns.map((pattern) => this.deps.isGranted(pattern).catch(() => false)));
    const kept = settings.sitePatterns.filter((_, index) => granted[index]);
    if (kept.length !== settings.sitePatterns.length) await saveSettings({ sitePatterns: kept });
    await this.sync('permissions');
  }
}

/** Top-level listeners (design §4): registered synchronously by index.ts. */
export function listenForSiteChanges(control: SiteControl): void {
  browser.permissions.onAdded.addListener(() => void control.sync('permissions'));
  browser.permissions.onRemoved.addListener(() => void control.onPermissionsRemoved().catch(() => undefined));
  // Install and update of this extension: restart the content script in open tabs. A browser update
  // leaves the running instances valid, so it only re-syncs.
  browser.runtime.onInstalled.addListener(({ reason }) => void control.sync(reason === 'install' || reason === 'update' ? 'installed' : 'startup'));
  browser.runtime.onStartup.addListener(() => void control.sync('startup'));
  browser.storage.onChanged.addListener((changes, area) => {
    // A managed policy (enterprise) may list the sites too.
    if (changesSettings(changes, area)) void control.sync('settings');
  });
}
