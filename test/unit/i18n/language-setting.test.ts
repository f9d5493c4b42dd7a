// The language setting picks the catalog (issue 6.2): "auto" follows the browser's UI language, a
// chosen language overrides it, and a change of the stored setting switches every context.
import { browser } from '../../../src/shared/browser';
import { t } from '../../../src/shared/i18n';
import { followLanguageSetting, loadLanguage } from '../../../src/shared/i18n/follow-setting';
import { STORAGE_KEYS } from '../../../src/shared/storage/keys';

const uiLanguage = chrome.i18n.getUILanguage as jest.Mock;

afterEach(async () => {
  await browser.storage.local.clear();
  uiLanguage.mockReturnValue('en');
});

describe('language setting', () => {
  it('follows the browser language on "auto" (the default)', async () => {
    uiLanguage.mockReturnValue('fi-FI');
    await expect(loadLanguage()).resolves.toBe('fi');
    expect(t('next_button')).toBe('Hae seuraava soittopyyntö');
  });

  it('overrides the browser language when the agent chose one', async () => {
    uiLanguage.mockReturnValue('fi-FI');
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: { language: 'sv' } });
    await expect(loadLanguage()).resolves.toBe('sv');
    expect(t('next_button')).toBe('Hämta nästa återuppringning');
  });

  it('switches when the stored setting changes', async () => {
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: { language: 'en' } });
    await loadLanguage();
    expect(t('call_button')).toBe('Call');
    const addListener = chrome.storage.onChanged.addListener as jest.Mock;
    addListener.mockClear();
    followLanguageSetting();
    const listener = addListener.mock.calls.at(-1)?.[0] as (changes: object, area: string) => void;
    listener({ [STORAGE_KEYS.settings]: { newValue: { language: 'fi' } } }, 'local');
    expect(t('call_button')).toBe('Soita');
    // Other areas and keys are not the setting.
    listener({ [STORAGE_KEYS.settings]: { newValue: { language: 'sv' } } }, 'sync');
    expect(t('call_button')).toBe('Soita');
  });
});
