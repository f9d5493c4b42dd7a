// The enabled-sites settings (issue 4.6) as the options page shows them: the lists, which patterns
// have their host permission, and the changes, each asking the browser for access first.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser, type Storage } from '../shared/browser';
import { AppError, toAppError } from '../shared/errors';
import { normaliseMatchPattern, parseMatchPattern } from '../shared/sites/match-pattern';
import type { SiteAccess } from '../shared/sites/site-settings';
import { STORAGE_KEYS } from '../shared/storage/keys';
import { loadSettings, saveSettings } from '../shared/storage/settings';
import { t } from '../shared/i18n';

export interface SitesState {
  siteAccess: SiteAccess;
  patterns: { pattern: string; granted: boolean }[];
  ignored: string[];
}

export interface UseSites {
  state: SitesState | undefined;
  /** Asks for the host permission (must run inside the click), then lists the pattern. */
  add(pattern: string): Promise<string>;
  remove(pattern: string): Promise<string>;
  grant(pattern: string): Promise<string>;
  stopIgnoring(pattern: string): Promise<string>;
  setAccess(access: SiteAccess): Promise<string>;
}

async function readSites(): Promise<SitesState> {
  const settings = await loadSettings();
  const granted = await Promise.all(settings.sitePatterns.map((pattern) => browser.permissions.contains({ origins: [pattern] }).catch(() => false)));
  return {
    siteAccess: settings.siteAccess,
    patterns: settings.sitePatterns.map((pattern, index) => ({ pattern, granted: granted[index] ?? false })),
    ignored: [...settings.ignoredSites],
  };
}

/** Chrome shows its permission prompt; the promise answers whether the agent allowed it. */
async function requestAccess(pattern: string): Promise<void> {
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: [pattern] });
  } catch (error) {
    throw new AppError('invalid-input', t('sites_access_refused_ask', pattern, toAppError(error).message));
  }
  if (!granted) throw new AppError('forbidden', t('sites_access_denied', pattern));
}

export function useSites(): UseSites {
  const [state, setState] = useState<SitesState | undefined>(undefined);
  const refresh = useCallback(() => void readSites().then(setState, () => undefined), []);
  useEffect(() => {
    refresh();
    // The popup ("Ignore this site") and the browser's own settings change these too.
    const onStorage = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area === 'local' && STORAGE_KEYS.settings in changes) refresh();
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [refresh]);

  const add = useCallback(async (input: string) => {
    const parsed = parseMatchPattern(input);
    if ('error' in parsed) throw new AppError('invalid-input', parsed.error);
    const pattern = normaliseMatchPattern(input);
    // First thing in the click: the browser only asks during the agent's own gesture.
    await requestAccess(pattern);
    const settings = await loadSettings();
    if (!settings.sitePatterns.includes(pattern)) await saveSettings({ sitePatterns: [...settings.sitePatterns, pattern] });
    refresh();
    return t('sites_added', pattern);
  }, [refresh]);

  const grant = useCallback(async (pattern: string) => {
    await requestAccess(pattern);
    refresh();
    return t('sites_granted', pattern);
  }, [refresh]);

  const remove = useCallback(async (pattern: string) => {
    const settings = await loadSettings();
    await saveSettings({ sitePatterns: settings.sitePatterns.filter((listed) => listed !== pattern) });
    // The extension's own hosts (EnreachVoice) cannot be removed; that refusal changes nothing here.
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    refresh();
    return t('sites_removed', pattern);
  }, [refresh]);

  const stopIgnoring = useCallback(async (pattern: string) => {
    const settings = await loadSettings();
    await saveSettings({ ignoredSites: settings.ignoredSites.filter((ignored) => ignored !== pattern) });
    refresh();
    return t('sites_unignored', pattern);
  }, [refresh]);

  const setAccess = useCallback(async (siteAccess: SiteAccess) => {
    await saveSettings({ siteAccess });
    refresh();
    return siteAccess === 'off' ? t('sites_all_off') : t('sites_listed_on');
  }, [refresh]);

  return { state, add, remove, grant, stopIgnoring, setAccess };
}
