/** @jest-environment jsdom */
import '../popup/helpers/mock-extension';
import { load, save, useSignedOutSettingsPage } from './helpers/settings-page';
import { DEFAULT_SETTINGS } from '../../../src/shared/storage/settings';
import { App } from '../../../src/options/app';
import { COUNTRIES } from '../../../src/options/countries';
import { byLabel, choose, click, mount, textsOfRole } from '../popup/helpers/dom';

useSignedOutSettingsPage();

describe('calling settings', () => {
  it('offers Mobile, Webphone and Softphone with Mobile chosen by default', async () => {
    const root = await mount(<App />);
    expect(root.querySelector('fieldset legend')?.textContent).toBe('Call channel');
    expect(byLabel(root, 'Mobile').checked).toBe(true);
    expect(byLabel(root, 'Webphone').checked).toBe(false);
    expect(byLabel(root, 'Softphone').type).toBe('radio');
  });

  it('saves the call channel at once and says so', async () => {
    const root = await mount(<App />);
    await click(byLabel(root, 'Webphone'));
    expect(save).toHaveBeenCalledWith({ callChannel: 'webphone' });
    expect(byLabel(root, 'Webphone').checked).toBe(true);
    expect(textsOfRole(root, 'status')).toContain('Saved');
  });

  it('lists countries by name and saves the default country', async () => {
    const root = await mount(<App />);
    const select = byLabel<HTMLSelectElement>(root, 'Default country');
    expect(select.value).toBe('FI');
    const names = [...select.options].map((option) => option.textContent);
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(names).toEqual(expect.arrayContaining(['Finland', 'Sweden', 'Norway', 'Denmark', 'Estonia', 'Germany', 'United Kingdom', 'United States']));
    await choose(select, 'SE');
    expect(save).toHaveBeenCalledWith({ defaultCountry: 'SE' });
    expect(textsOfRole(root, 'status')).toContain('Saved');
  });

  it('keeps a stored country that is not in the list', async () => {
    load.mockResolvedValue({ ...DEFAULT_SETTINGS, defaultCountry: 'JP' });
    const root = await mount(<App />);
    expect(byLabel<HTMLSelectElement>(root, 'Default country').value).toBe('JP');
    expect(COUNTRIES.some((country) => country.code === 'JP')).toBe(false);
  });

  it('saves the polling interval', async () => {
    const root = await mount(<App />);
    const select = byLabel<HTMLSelectElement>(root, 'Check for new callback requests every');
    expect(select.selectedOptions[0]?.textContent).toBe('1 minute');
    await choose(select, '300');
    expect(save).toHaveBeenCalledWith({ pollIntervalSeconds: 300 });
  });

  it('says when a setting could not be saved and shows the stored value again', async () => {
    const root = await mount(<App />);
    save.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await click(byLabel(root, 'Softphone'));
    expect(textsOfRole(root, 'alert')).toEqual(['Could not save the setting: Something went wrong inside the extension: QUOTA_BYTES quota exceeded']);
    expect(byLabel(root, 'Mobile').checked).toBe(true);
  });
});
