// Settings for the options page: loaded once, saved field by field as the user changes them.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { toAppError } from '../shared/errors';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, loadPolicyLocks, loadSettings, saveSettings, type Settings } from '../shared/storage/settings';

export interface UseSettings {
  settings: Settings | undefined;
  loadError: string | undefined;
  /** Settings the administrator locked (enterprise policy): shown disabled, never saved. */
  locked: ReadonlySet<string>;
  /** Shows the change at once, stores it, and puts the stored value back if storing fails. */
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

export function useSettings(): UseSettings {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [locked, setLocked] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    // Locks first, so a locked field never shows as editable for a moment.
    const locks = loadPolicyLocks().then(({ locked: lockedKeys, problems }) => {
      setLocked(new Set(lockedKeys));
      // For the administrator who wrote the policy: what was ignored and why.
      for (const problem of problems) console.warn(`EnreachVoice policy: ${problem}`);
    }, () => undefined); // No readable policy: nothing is locked.
    locks.then(loadSettings).then(setSettings, (error: unknown) => {
      setLoadError(t('options_settings_unreadable', toAppError(error).message));
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
  return { settings, loadError, locked, save };
}
