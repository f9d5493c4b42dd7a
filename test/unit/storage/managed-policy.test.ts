// Enterprise policy (issue 6.5): managed values override the user's, LockedSettings locks them,
// bad policy entries are reported and lose nothing, and schema.json names exactly the policies we read.
import policySchemaJson from '../../../schema.json';
import { AppError } from '../../../src/shared/errors';
import { POLICY_NAMES, applyPolicy, readManagedPolicy } from '../../../src/shared/storage/managed-policy';
import { DEFAULT_SETTINGS, keepPolicyCopy, loadSettings as loadFromCopy, loadSettingsWithPolicy, saveSettings, settingsSchema } from '../../../src/shared/storage/settings';

const shape = settingsSchema.shape;
const user = { ...DEFAULT_SETTINGS, callChannel: 'webphone' as const, defaultCountry: 'SE' as never, discoveryUrl: 'https://mine.example' };

describe('applyPolicy', () => {
  it('keeps the user settings when there is no policy', () => {
    expect(applyPolicy(user, {}, shape)).toEqual({ settings: user, locked: [], problems: [] });
    expect(applyPolicy(user, undefined, shape).settings).toEqual(user);
  });

  it('overrides the user values with the policy values, locking only those listed', () => {
    const applied = applyPolicy(user, { CallChannel: 'mobile', DefaultCountry: 'NO', DiscoveryUrl: 'https://corp.example', LockedSettings: ['CallChannel', 'DiscoveryUrl'] }, shape);
    expect(applied.settings).toMatchObject({ callChannel: 'mobile', defaultCountry: 'NO', discoveryUrl: 'https://corp.example' });
    expect([...applied.locked].sort()).toEqual(['callChannel', 'discoveryUrl']);
    expect(applied.problems).toEqual([]);
  });

  it('locks a setting at its default when the policy locks it without a value', () => {
    const applied = applyPolicy(user, { LockedSettings: ['DefaultCountry'] }, shape);
    expect(applied.settings.defaultCountry).toBe(DEFAULT_SETTINGS.defaultCountry);
    expect(applied.locked).toEqual(['defaultCountry']);
  });

  it('ignores values that do not fit, keeps the user value and says why', () => {
    const applied = applyPolicy(user, { CallChannel: 'carrier-pigeon', DefaultCountry: 'finland', LockedSettings: ['Nonsense'] }, shape);
    expect(applied.settings).toMatchObject({ callChannel: 'webphone', defaultCountry: 'SE' });
    expect(applied.problems).toEqual([
      'LockedSettings names "Nonsense", which is not a policy this extension knows.',
      'CallChannel has a value that does not fit the setting, so it was ignored.',
      'DefaultCountry has a value that does not fit the setting, so it was ignored.',
    ]);
  });

  it('reports a LockedSettings that is not a list and locks nothing', () => {
    const applied = applyPolicy(user, { CallChannel: 'mobile', LockedSettings: 'CallChannel' }, shape);
    expect(applied.locked).toEqual([]);
    expect(applied.settings.callChannel).toBe('mobile');
    expect(applied.problems).toEqual(['LockedSettings must be a list of policy names; no setting was locked.']);
  });

  it('sets the listed CRM sites, keeping only valid match patterns', () => {
    const applied = applyPolicy(user, { EnabledSites: ['https://*.lightning.force.com/*', 'not a pattern'], LockedSettings: ['EnabledSites'] }, shape);
    expect(applied.settings.sitePatterns).toEqual(['https://*.lightning.force.com/*']);
    expect(applied.locked).toEqual(['sitePatterns']);
  });

  it('reports a policy for a setting this build does not have instead of failing', () => {
    const applied = applyPolicy({ callChannel: 'mobile' }, { EnabledSites: ['https://crm.example/*'], LockedSettings: ['EnabledSites'] }, { callChannel: shape.callChannel });
    expect(applied.settings).toEqual({ callChannel: 'mobile' });
    expect(applied.locked).toEqual([]);
    expect(applied.problems).toEqual(['EnabledSites is not supported by this version of the extension.']);
  });
});

describe('schema.json', () => {
  it('describes every policy the extension reads, and the lock list names exactly those', () => {
    const properties = policySchemaJson.properties as Record<string, { type: string; items?: { enum?: string[] } }>;
    expect(Object.keys(properties).sort()).toEqual([...POLICY_NAMES, 'LockedSettings'].sort());
    expect([...(properties.LockedSettings!.items!.enum ?? [])].sort()).toEqual([...POLICY_NAMES].sort());
  });

  it('offers exactly the call channels the settings accept', () => {
    expect(policySchemaJson.properties.CallChannel.enum).toEqual(shape.callChannel.unwrap().options);
  });
});

describe('settings with a policy in managed storage', () => {
  const managed = chrome.storage.managed as unknown as { get: jest.Mock };
  let policy: Record<string, unknown> = {};

  beforeEach(async () => {
    policy = {};
    managed.get = jest.fn(async () => policy);
    await chrome.storage.local.clear();
  });
  // As every context reads them: the background has copied the policy in force (keepPolicyCopy).
  const loadSettings = async () => (await keepPolicyCopy(), loadFromCopy());

  it('reads the policy from the copy, without waiting on managed storage', async () => {
    policy = { DefaultCountry: 'NO' };
    await keepPolicyCopy();
    managed.get.mockClear();
    expect((await loadFromCopy()).defaultCountry).toBe('NO');
    expect(managed.get).not.toHaveBeenCalled();
  });

  it('reads nothing when managed storage throws (Firefox without a policy)', async () => {
    await expect(readManagedPolicy({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).resolves.toEqual({});
  });

  it('loads the policy value over the stored one and reports the lock', async () => {
    await saveSettings({ callChannel: 'webphone', defaultCountry: 'SE' });
    policy = { CallChannel: 'softphone', LockedSettings: ['CallChannel'] };
    expect(await loadSettings()).toMatchObject({ callChannel: 'softphone', defaultCountry: 'SE' });
    expect((await loadSettingsWithPolicy()).locked).toEqual(['callChannel']);
  });

  it('refuses to change a locked setting, stores nothing, and keeps the user value for later', async () => {
    await saveSettings({ callChannel: 'webphone' });
    policy = { CallChannel: 'mobile', LockedSettings: ['CallChannel'] };
    const refused = saveSettings({ callChannel: 'softphone', defaultCountry: 'NO' });
    await expect(refused).rejects.toThrow(AppError);
    await expect(saveSettings({ callChannel: 'softphone' })).rejects.toThrow('set by your administrator');
    expect(await loadSettings()).toMatchObject({ callChannel: 'mobile', defaultCountry: 'FI' });
    policy = {};
    expect((await loadSettings()).callChannel).toBe('webphone');
  });

  it('saves other settings, and the locked value as it stands, while a lock is in force', async () => {
    policy = { DiscoveryUrl: 'https://corp.example', LockedSettings: ['DiscoveryUrl'] };
    const saved = await saveSettings({ discoveryUrl: 'https://corp.example', apiEndpoint: 'https://api.example' });
    expect(saved).toMatchObject({ discoveryUrl: 'https://corp.example', apiEndpoint: 'https://api.example' });
    policy = {};
    expect(await loadSettings()).toMatchObject({ discoveryUrl: DEFAULT_SETTINGS.discoveryUrl, apiEndpoint: 'https://api.example' });
  });
});
