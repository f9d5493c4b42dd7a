import { DEFAULT_SETTINGS, parseSettings } from '../../src/shared/storage/settings';

describe('settings', () => {
  it('fills defaults for a fresh install', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.defaultCountry).toBe('FI');
    expect(DEFAULT_SETTINGS.discoveryUrl).toBe('https://discover.enreachvoice.com');
  });

  it('keeps valid fields and drops invalid ones', () => {
    const parsed = parseSettings({ defaultCountry: 'SE', callChannel: 'carrier-pigeon' });
    expect(parsed.defaultCountry).toBe('SE');
    expect(parsed.callChannel).toBe('mobile');
  });
});
