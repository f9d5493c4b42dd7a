// Follows the default country setting, so numbers are re-read when the agent changes it.
import { browser, type Storage } from '../shared/browser';
import type { CountryCode } from '../shared/phone';
import { changesSettings, loadSettings, type Settings } from '../shared/storage/settings';

/** Also hands over the whole new settings (the call channel follows them too, issue 5). */
export function watchDefaultCountry(onChange: (country: CountryCode, settings: Settings) => void, signal: AbortSignal): void {
  let latest = 0;
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    // The user's settings or the administrator's policy (issue 6.5) changed.
    if (signal.aborted || !changesSettings(changes, area)) return;
    // Read the settings in force (the enterprise policy overrides the stored ones), newest read wins.
    const read = ++latest;
    void loadSettings().then(
      (settings) => {
        if (read === latest && !signal.aborted) onChange(settings.defaultCountry, settings);
      },
      () => undefined, // Unreadable: keep the settings we have.
    );
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension context is gone, and the listener with it.
    }
  });
}
