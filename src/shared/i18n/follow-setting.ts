// Applies the agent's language setting (Settings.language; "auto" follows the browser) to
// shared/i18n, once at start and again whenever the setting changes in any context.
import { browser, type Storage } from '../browser';
import { STORAGE_KEYS } from '../storage/keys';
import { DEFAULT_SETTINGS, loadSettings, parseSettings } from '../storage/settings';
import { resolveLanguage, setLanguage, type Language, type LanguageSetting } from './index';

export function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // No i18n API (a test double): the page's own idea of the language is the next best guess.
    return typeof navigator === 'undefined' ? undefined : navigator.language;
  }
}

export function applyLanguage(setting: LanguageSetting): Language {
  const language = resolveLanguage(setting, browserLanguage());
  setLanguage(language);
  return language;
}

/** Reads the setting and applies it; unreadable settings mean "auto". */
export async function loadLanguage(): Promise<Language> {
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  return applyLanguage(settings.language);
}

/** Follows later changes of the setting until `signal` aborts. */
export function followLanguageSetting(signal?: AbortSignal): void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    const change = changes[STORAGE_KEYS.settings];
    if (area !== 'local' || !change) return;
    applyLanguage(parseSettings(change.newValue).language);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension context is gone, and the listener with it.
    }
  });
}
