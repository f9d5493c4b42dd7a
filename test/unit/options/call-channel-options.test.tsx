/** @jest-environment jsdom */
// Issue 5: "ask each time" and the softphone link on the options page.
import '../popup/helpers/mock-extension';
import { save, useSignedOutSettingsPage } from './helpers/settings-page';
import { parseSettings } from '../../../src/shared/storage/settings';
import { App } from '../../../src/options/app';
import { byLabel, choose, click, mount } from '../popup/helpers/dom';

useSignedOutSettingsPage();

it('offers "Ask each time" as a channel and saves it', async () => {
  const root = await mount(<App />);
  await click(byLabel(root, 'Ask each time'));
  expect(save).toHaveBeenCalledWith({ callChannel: 'ask' });
});

it('saves the softphone link scheme, tel: by default', async () => {
  const root = await mount(<App />);
  const select = byLabel<HTMLSelectElement>(root, 'Softphone link');
  expect(select.value).toBe('tel');
  await choose(select, 'callto');
  expect(save).toHaveBeenCalledWith({ softphoneScheme: 'callto' });
});

it('falls back to tel: and mobile for stored values it does not know', () => {
  const parsed = parseSettings({ callChannel: 'fax', softphoneScheme: 'skype' });
  expect(parsed.callChannel).toBe('mobile');
  expect(parsed.softphoneScheme).toBe('tel');
});
