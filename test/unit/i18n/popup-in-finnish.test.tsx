/** @jest-environment jsdom */
// The popup and options page rendered in Finnish and Swedish show those languages, not English.
import '../popup/helpers/mock-extension';
import { loadSettings } from '../../../src/shared/storage/settings';
import { DEFAULT_SETTINGS } from '../../../src/shared/storage/settings';
import { sendToBackground } from '../../../src/shared/messages/send';
import { setLanguage } from '../../../src/shared/i18n';
import { App } from '../../../src/popup/app';
import { App as OptionsApp } from '../../../src/options/app';
import { buttonNamed, mount, unmountAll } from '../popup/helpers/dom';
import { HOUR, isoAt, makeRequest } from '../popup/helpers/fixtures';

const send = sendToBackground as jest.Mock;
const SIGNED_IN = { signedIn: true, email: 'agent@demo.example', userId: 'u1', displayName: 'Aino Agent', apiEndpoint: 'https://api.example' };

afterEach(async () => {
  await unmountAll();
  send.mockReset();
  setLanguage('en');
});

describe('popup in Finnish', () => {
  beforeEach(() => setLanguage('fi'));

  it('says "not signed in" in Finnish', async () => {
    send.mockResolvedValue({ signedIn: false });
    const root = await mount(<App />);
    expect(root.textContent).toContain('Et ole kirjautunut EnreachVoiceen.');
    expect(buttonNamed(root, 'Avaa asetukset')).toBeTruthy();
  });

  it('shows my requests with Finnish words, counts and times', async () => {
    send.mockImplementation(async (type: string) =>
      type === 'session.get'
        ? SIGNED_IN
        : type === 'callbacks.lists'
          ? { lists: [] }
          : { requests: [makeRequest({ id: 'a', dueTime: isoAt(Date.now() + 3 * HOUR), attemptCount: 2, hasVoicemail: true })], total: 1, pending: [] },
    );
    const root = await mount(<App />);
    expect(root.querySelector('h1')?.textContent).toBe('EnreachVoice-soittopyynnöt');
    expect(root.querySelector('#requests-heading')?.textContent).toBe('Omat soittopyyntöni (1)');
    expect(buttonNamed(root, 'Soita +358 40 1234567')).toBeTruthy();
    expect(buttonNamed(root, 'Palauta Matti Meikäläinen')).toBeTruthy();
    const facts = root.querySelector('.request-facts')?.textContent ?? '';
    expect(facts).toContain('erääntyy 3 t kuluttua');
    expect(facts).toContain('2 yritystä');
    expect(facts).toContain('Vastaajaviesti');
    // The exact due time, as Finns write it, on hover.
    expect(root.querySelector('.due')?.getAttribute('title')).toMatch(/^Erääntyy \d{1,2}\.\d{1,2}\.\d{4}/);
    expect((root.querySelector('#request-search') as HTMLInputElement).placeholder).toBe('Hae numeroa tai nimeä (/)');
  });
});

describe('options page in Swedish', () => {
  it('shows the settings, the country names and the language choice in Swedish', async () => {
    setLanguage('sv');
    (loadSettings as jest.Mock).mockResolvedValue({ ...DEFAULT_SETTINGS, language: 'sv' });
    send.mockResolvedValue({ signedIn: false });
    const root = await mount(<OptionsApp />);
    expect(root.querySelector('#account-heading')?.textContent).toBe('Konto');
    expect(root.querySelector('#sign-in-heading')?.textContent).toBe('Logga in i EnreachVoice');
    const country = root.querySelector<HTMLSelectElement>('#default-country')!;
    expect(country.selectedOptions[0]?.textContent).toBe('Finland');
    expect([...country.options].map((option) => option.textContent)).toContain('Tyskland');
    const language = root.querySelector<HTMLSelectElement>('#language')!;
    expect(language.value).toBe('sv');
    expect([...language.options].map((option) => option.textContent)).toEqual(['Webbläsarens språk (English)', 'English', 'Suomi', 'Svenska']);
  });
});
