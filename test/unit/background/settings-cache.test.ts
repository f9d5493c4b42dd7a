// Issue 5 (click latency): the call path reads the settings from memory; any change to the stored
// settings or the policy drops the copy, and a failed read is not kept.
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/storage/settings';

import { createSettingsCache } from '../../../src/background/settings-cache';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const listeners: Listener[] = [];
const storageChanges = { addListener: (listener: Listener) => void listeners.push(listener) };

const change = (area: string) => listeners.forEach((listener) => listener({ settings: {} }, area));

it('reads once, then again only after a change that can alter the settings', async () => {
  const load = jest.fn(async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, callChannel: 'mobile' }));
  const cache = createSettingsCache(load, storageChanges);
  await cache.get();
  await cache.get();
  expect(load).toHaveBeenCalledTimes(1);
  change('session');
  await cache.get();
  expect(load).toHaveBeenCalledTimes(1);
  load.mockResolvedValueOnce({ ...DEFAULT_SETTINGS, callChannel: 'softphone' });
  change('local');
  expect((await cache.get()).callChannel).toBe('softphone');
  change('managed');
  await cache.get();
  expect(load).toHaveBeenCalledTimes(3);
});

it('does not keep a failed read', async () => {
  const load = jest.fn<Promise<Settings>, []>().mockRejectedValueOnce(new Error('storage busy')).mockResolvedValue(DEFAULT_SETTINGS);
  const cache = createSettingsCache(load, storageChanges);
  await expect(cache.get()).rejects.toThrow('storage busy');
  await expect(cache.get()).resolves.toEqual(DEFAULT_SETTINGS);
  expect(load).toHaveBeenCalledTimes(2);
});
