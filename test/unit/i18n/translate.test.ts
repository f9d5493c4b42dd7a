// t(): $n substitution, numbers in the locale's format, fallback to English, plurals; and which
// language "auto" and the setting pick.
import { CATALOGS } from '../../../src/shared/i18n/catalogs';
import { activeLanguage, endonym, formatDateTime, regionName, resolveLanguage, setLanguage, substitute, t, tn } from '../../../src/shared/i18n';

afterEach(() => setLanguage('en'));

describe('substitute', () => {
  it('replaces $1…$9, leaves a missing one empty, and turns $$ into $', () => {
    expect(substitute('$2 before $1', ['a', 'b'])).toBe('b before a');
    expect(substitute('cost: $$5, $3', ['a'])).toBe('cost: $5, ');
  });
});

describe('t', () => {
  it('speaks the active language', () => {
    expect(t('call_number', '+358 40 123 4567')).toBe('Call +358 40 123 4567');
    setLanguage('fi');
    expect(t('call_number', '+358 40 123 4567')).toBe('Soita +358 40 123 4567');
    setLanguage('sv');
    expect(t('call_number', '+358 40 123 4567')).toBe('Ring +358 40 123 4567');
  });

  it('formats numbers for the locale', () => {
    expect(t('count_open', 12345)).toBe('12,345 open');
    setLanguage('fi');
    // Finnish groups thousands with a (narrow) no-break space.
    expect(t('count_open', 12345)).toMatch(/^12\s345 avoinna$/u);
  });

  it('falls back to English for a message a catalog lacks', () => {
    const catalog = CATALOGS.fi as Record<string, { message: string } | undefined>;
    const saved = catalog.voicemail;
    delete catalog.voicemail;
    try {
      setLanguage('fi');
      expect(t('voicemail')).toBe('Voicemail');
      expect(t('call_button')).toBe('Soita');
    } finally {
      catalog.voicemail = saved;
    }
  });

  it('picks the plural form of each language', () => {
    expect([tn('attempts', 1), tn('attempts', 3)]).toEqual(['1 attempt', '3 attempts']);
    setLanguage('fi');
    expect([tn('attempts', 1), tn('attempts', 3)]).toEqual(['1 yritys', '3 yritystä']);
    setLanguage('sv');
    expect([tn('interval_minutes', 1), tn('interval_minutes', 5)]).toEqual(['1 minut', '5 minuter']);
  });
});

describe('resolveLanguage', () => {
  it('follows the browser on "auto", English when the browser speaks something else', () => {
    expect(resolveLanguage('auto', 'fi')).toBe('fi');
    expect(resolveLanguage('auto', 'sv-FI')).toBe('sv');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage(undefined, undefined)).toBe('en');
  });

  it('lets the setting override the browser', () => {
    expect(resolveLanguage('sv', 'fi-FI')).toBe('sv');
    expect(resolveLanguage('en', 'fi')).toBe('en');
  });
});

describe('locale formats', () => {
  it('writes dates, region and language names the locale way', () => {
    const moment = Date.UTC(2026, 10, 26, 12, 30);
    setLanguage('fi');
    expect(activeLanguage()).toBe('fi');
    expect(formatDateTime(moment)).toMatch(/26\.11\.2026/);
    expect(regionName('SE')).toBe('Ruotsi');
    setLanguage('sv');
    expect(regionName('FI')).toBe('Finland');
    expect([endonym('en'), endonym('fi'), endonym('sv')]).toEqual(['English', 'Suomi', 'Svenska']);
  });
});
