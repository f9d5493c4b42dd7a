// The call-channel setting as the popup needs it (issue 5): with "ask each time", the popup's Call
// offers the same per-call choice as the control's menu on the page. Follows changes while open.
import { useEffect, useState } from 'preact/hooks';
import { browser, type Storage } from '../shared/browser';
import type { CallChannelSetting } from '../shared/calls/channels';
import { changesSettings, loadSettings } from '../shared/storage/settings';

export function useCallChannelSetting(): CallChannelSetting | undefined {
  const [setting, setSetting] = useState<CallChannelSetting | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () =>
      void Promise.resolve()
        .then(() => loadSettings())
        .then((settings) => live && setSetting(settings?.callChannel))
        // Unreadable settings: the background uses its default channel, and so does the button.
        .catch(() => undefined);
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (changesSettings(changes, area)) read();
    };
    read();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return setting;
}
