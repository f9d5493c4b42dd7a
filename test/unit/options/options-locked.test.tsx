/** @jest-environment jsdom */
// Settings locked by the administrator (issue 6.5) show as locked: disabled, with a note that
// says who decides them; unlocked settings stay editable.
import '../popup/helpers/mock-extension';
import * as settingsModule from '../../../src/shared/storage/settings';
import { sendToBackground } from '../../../src/shared/messages/send';
import { App } from '../../../src/options/app';
import { byLabel, click, mount, unmountAll } from '../popup/helpers/dom';

const { DEFAULT_SETTINGS } = settingsModule;
const load = settingsModule.loadSettings as jest.Mock;
const save = settingsModule.saveSettings as jest.Mock;
const locks = settingsModule.loadPolicyLocks as jest.Mock;

beforeEach(() => {
  (sendToBackground as jest.Mock).mockResolvedValue({ signedIn: false });
  load.mockResolvedValue({ ...DEFAULT_SETTINGS, callChannel: 'softphone', discoveryUrl: 'https://discover.corp.example' });
  save.mockImplementation(async (patch: object) => ({ ...DEFAULT_SETTINGS, ...patch }));
});

afterEach(async () => {
  await unmountAll();
  save.mockReset();
  locks.mockResolvedValue({ locked: [], problems: [] });
});

function noteOf(control: HTMLElement): string {
  const ids = (control.closest('fieldset') ?? control).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
}

it('shows locked settings disabled with "Set by your administrator", and saves nothing for them', async () => {
  locks.mockResolvedValue({ locked: ['callChannel', 'discoveryUrl'], problems: [] });
  const root = await mount(<App />);
  const softphone = byLabel(root, 'Softphone');
  expect(softphone.checked).toBe(true);
  expect(softphone.closest('fieldset')!.disabled).toBe(true);
  expect(noteOf(softphone)).toContain('Set by your administrator');
  const discovery = byLabel(root, 'Discovery URL');
  expect(discovery.disabled).toBe(true);
  expect(discovery.value).toBe('https://discover.corp.example');
  expect(noteOf(discovery)).toContain('Set by your administrator');
  await click(byLabel(root, 'Mobile'));
  expect(save).not.toHaveBeenCalledWith({ callChannel: 'mobile' });
});

it('keeps unlocked settings editable and without the note', async () => {
  locks.mockResolvedValue({ locked: ['callChannel'], problems: [] });
  const root = await mount(<App />);
  const country = byLabel<HTMLSelectElement>(root, 'Default country');
  expect(country.disabled).toBe(false);
  expect(noteOf(country)).not.toContain('Set by your administrator');
  expect(byLabel(root, 'API endpoint').disabled).toBe(false);
});

it('locks nothing when the policy cannot be read', async () => {
  locks.mockRejectedValue(new Error('managed storage unavailable'));
  const root = await mount(<App />);
  expect(byLabel(root, 'Softphone').closest('fieldset')!.disabled).toBe(false);
  expect(root.textContent).not.toContain('Set by your administrator');
});
