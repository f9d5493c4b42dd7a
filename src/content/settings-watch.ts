// Follows the default country setting, so numbers are re-read when the agent changes it.
import { browser, type Storage } from '../shared/browser';
import type { CountryCode } from '../shared/phone';
import { STORAGE_KEYS } from '../shared/storage/keys';
import { parseSettings } from '../shared/storage/settings';

export function watchDefaultCountry(onChange: (country: CountryCode) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    const change = changes[STORAGE_KEYS.settings];
    if (area !== 'local' || !change || signal.aborted) return;
    onChange(parseSettings(change.newValue).defaultCountry);
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
