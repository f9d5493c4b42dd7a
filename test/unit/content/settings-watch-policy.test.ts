// The content script follows the settings in force (issue 6.5): a country set by the administrator's
// policy wins over the one the agent stored, also when another setting changes, and a policy change
// itself is followed. Content scripts read the policy from the copy the background keeps in
// storage.local, never from managed storage itself (its first read can take seconds).
import './mock-extension';
import { watchDefaultCountry } from '../../../src/content/settings-watch';
import { fakeBrowser } from './page-helpers';

const { browser, resetFakeBrowser, setPolicyCopy, setStoredSettings } = fakeBrowser();
const managedRead = jest.fn(async () => ({}));
(browser.storage as Record<string, unknown>).managed = { get: managedRead };

beforeEach(() => {
  resetFakeBrowser();
  managedRead.mockClear();
});

async function changesAfter(emit: () => void): Promise<string[]> {
  const seen: string[] = [];
  const abort = new AbortController();
  watchDefaultCountry((country) => seen.push(country), abort.signal);
  emit();
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  abort.abort();
  return seen;
}

it("uses the policy's country, not the stored one, when the agent changes another setting", async () => {
  setPolicyCopy({ DefaultCountry: 'NO', LockedSettings: ['DefaultCountry'] });
  setStoredSettings({ defaultCountry: 'SE', pollIntervalSeconds: 120 });
  const seen = await changesAfter(() => browser.storage.onChanged.emit({ settings: { newValue: { defaultCountry: 'SE', pollIntervalSeconds: 120 } } }, 'local'));
  expect(seen).toEqual(['NO']);
  expect(managedRead).not.toHaveBeenCalled();
});

it('follows a change of the policy itself, as the background copies it', async () => {
  setStoredSettings({ defaultCountry: 'SE' });
  setPolicyCopy({ DefaultCountry: 'DK' });
  const seen = await changesAfter(() => browser.storage.onChanged.emit({ policyCopy: { newValue: { DefaultCountry: 'DK' } } }, 'local'));
  expect(seen).toEqual(['DK']);
});

it('ignores changes of other storage areas and keys', async () => {
  const seen = await changesAfter(() => {
    browser.storage.onChanged.emit({ settings: { newValue: {} } }, 'sync');
    browser.storage.onChanged.emit({ other: { newValue: 1 } }, 'local');
  });
  expect(seen).toEqual([]);
});
