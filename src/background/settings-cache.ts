// The settings in force, kept in memory for the call path (issue 5, click latency): a click reads
// them without a storage round trip. The copy is read once at worker start and dropped whenever a
// storage change could alter it (the user's settings, the policy copy or managed storage itself), so
// the next read fetches it again; a read that fails is not kept.
import { browser } from '../shared/browser';
import { changesSettings, loadSettings, type Settings } from '../shared/storage/settings';

export interface SettingsCache {
  get(): Promise<Settings>;
}

/** Where storage changes are heard (browser.storage.onChanged; a fake in tests). */
export interface StorageChanges {
  addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
}

export function createSettingsCache(load: () => Promise<Settings> = loadSettings, changes: StorageChanges = browser.storage.onChanged): SettingsCache {
  let cached: Promise<Settings> | undefined;
  const get = (): Promise<Settings> => {
    const current = (cached ??= load());
    current.catch(() => {
      if (cached === current) cached = undefined;
    });
    return current;
  };
  // Registered at once (the worker's top level): a change is never missed while a read is pending.
  changes.addListener((changed, area) => {
    if (changesSettings(changed, area)) cached = undefined;
  });
  return { get };
}
