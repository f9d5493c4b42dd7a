// Settings for the options page: loaded once, saved field by field as the user changes them.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { toAppError } from '../shared/errors';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../shared/storage/settings';

export interface UseSettings {
  settings: Settings | undefined;
  loadError: string | undefined;
  /** Shows the change at once, stores it, and puts the stored value back if storing fails. */
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

export function useSettings(): UseSettings {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  useEffect(() => {
    loadSettings().then(setSettings, (error: unknown) => {
      setLoadError(`Your settings could not be read, so the defaults are shown: ${toAppError(error).message}`);
      setSettings(DEFAULT_SETTINGS);
    });
  }, []);
  const save = useCallback(async (patch: Partial<Settings>) => {
    setSettings((previous) => previous && { ...previous, ...patch });
    try {
      const next = await saveSettings(patch);
      setSettings(next);
      return next;
    } catch (error) {
      setSettings(await loadSettings().catch(() => DEFAULT_SETTINGS));
      throw error;
    }
  }, []);
  return { settings, loadError, save };
}
