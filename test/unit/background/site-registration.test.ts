import { coveredBefore, desiredRegistration, injectIntoOpenTabs, planSync, syncRegistration, type ContentScriptSpec, type RegisteredScript, type RegistrationDeps } from '../../../src/background/site-registration';
import { SiteControl } from '../../../src/background/site-control';
import type { SiteSettings } from '../../../src/shared/sites/site-settings';
import { loadSettings, saveSettings } from '../../../src/shared/storage/settings';

const SF = 'https://*.lightning.force.com/*';
const HS = 'https://app.hubspot.com/*';

function fakeDeps(settings: SiteSettings, granted: string[], tabs: { id?: number; url?: string }[] = []) {
  let registered: ContentScriptSpec[] = [];
  const calls: string[] = [];
  const injected: { tabId: number; files: string[]; world: string }[] = [];
  const deps: RegistrationDeps = {
    settings: async () => settings,
    isGranted: async (pattern) => granted.includes(pattern),
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => registered.filter((script) => ids.includes(script.id)),
      registerContentScripts: async (scripts) => {
        calls.push('register');
        if (scripts.some((script) => registered.some((r) => r.id === script.id))) throw new Error('Duplicate script ID');
        registered = [...registered, ...scripts];
      },
      updateContentScripts: async (scripts) => {
        calls.push('update');
        registered = registered.map((r) => scripts.find((script) => script.id === r.id) ?? r);
      },
      unregisterContentScripts: async ({ ids }) => {
        calls.push('unregister');
        registered = registered.filter((script) => !ids.includes(script.id));
      },
      executeScript: async ({ target, files, world }) => {
        if (target.tabId === 666) throw new Error('Cannot access contents of the page');
        injected.push({ tabId: target.tabId, files, world });
      },
    },
    tabsMatching: async () => tabs,
  };
  return { deps, calls, injected, registered: () => registered, setSettings: (next: SiteSettings) => (settings = next), grant: (p: string) => granted.push(p) };
}

const listed = (sitePatterns: string[], ignoredSites: string[] = []): SiteSettings => ({ siteAccess: 'listed', sitePatterns, ignoredSites });

describe('content script registration for enabled sites', () => {
  it('registers only the listed patterns whose host permission is granted, minus ignored sites', async () => {
    const { deps } = fakeDeps(listed([SF, HS], ['https://test.lightning.force.com/*']), [SF]);
    expect(await desiredRegistration(deps)).toEqual({ matches: [SF], excludeMatches: ['https://test.lightning.force.com/*'] });
  });

  it('registers nothing when off or when nothing is granted', async () => {
    expect(await desiredRegistration(fakeDeps({ ...listed([SF]), siteAccess: 'off' }, [SF]).deps)).toBeNull();
    expect(await desiredRegistration(fakeDeps(listed([SF]), []).deps)).toBeNull();
  });

  it('plans one step from the current registration to the desired one', () => {
    const script = (id: string, matches: string[], excludeMatches: string[] = []): RegisteredScript => ({ id, matches, excludeMatches });
    const content = (matches: string[], excludeMatches: string[] = []) => [script('evcb-content', matches, excludeMatches)];
    expect(planSync([], null)).toBe('none');
    expect(planSync([], { matches: [SF], excludeMatches: [] })).toBe('register');
    expect(planSync(content([SF]), null)).toBe('unregister');
    expect(planSync(content([SF]), { matches: [SF], excludeMatches: [] })).toBe('none');
    expect(planSync(content([SF]), { matches: [HS, SF].sort(), excludeMatches: [] })).toBe('update');
    expect(planSync(content([SF]), { matches: [SF], excludeMatches: ['https://x.lightning.force.com/*'] })).toBe('update');
    // An earlier version's registration with the webphone bridge on every site: start over without it (issue 5).
    expect(planSync([...content([SF]), script('evcb-webphone-bridge', [SF])], { matches: [SF], excludeMatches: [] })).toBe('unregister');
  });

  it('syncs register → update → unregister as settings and grants change, all frames, persisted', async () => {
    const fake = fakeDeps(listed([SF]), [SF]);
    expect(await syncRegistration(fake.deps)).toEqual({ step: 'register', before: [], beforeExcluded: [], after: [SF] });
    // Only the content script: the webphone bridge goes only where the page has the element (issue 5).
    expect(fake.registered()).toEqual([
      expect.objectContaining({ id: 'evcb-content', js: ['content.js'], matches: [SF], allFrames: true, persistAcrossSessions: true, world: 'ISOLATED' }),
    ]);
    expect((await syncRegistration(fake.deps)).step).toBe('none');

    fake.setSettings(listed([SF, HS]));
    fake.grant(HS);
    expect(await syncRegistration(fake.deps)).toEqual({ step: 'update', before: [SF], beforeExcluded: [], after: [SF, HS] });

    fake.setSettings({ ...listed([SF, HS]), siteAccess: 'off' });
    expect(await syncRegistration(fake.deps)).toEqual({ step: 'unregister', before: [SF, HS], beforeExcluded: [], after: [] });
    expect(fake.registered()).toEqual([]);
    expect(fake.calls).toEqual(['register', 'update', 'unregister']);
  });

  it('starts the content script in open tabs of newly enabled sites, skipping covered and failing tabs', async () => {
    const tabs = [
      { id: 1, url: 'https://acme.lightning.force.com/lightning/page/home' },
      { id: 2, url: 'https://app.hubspot.com/contacts/1' },
      { id: 666, url: 'https://app.hubspot.com/error' },
      { url: 'https://app.hubspot.com/no-id' },
    ];
    const fake = fakeDeps(listed([SF, HS]), [SF, HS], tabs);
    // SF was enabled before: its tab already runs the script.
    expect(await injectIntoOpenTabs(fake.deps, [SF, HS], (url) => coveredBefore({ before: [SF], beforeExcluded: [] }, url))).toBe(1);
    expect(fake.injected).toEqual([{ tabId: 2, files: ['content.js'], world: 'ISOLATED' }]);
    expect(await injectIntoOpenTabs(fake.deps, [])).toBe(0);
  });
});

it('counts a tab of a site ignored before as not running, so un-ignoring starts it without a reload', () => {
  const before = { before: [SF], beforeExcluded: ['https://test.lightning.force.com/*'] };
  expect(coveredBefore(before, 'https://acme.lightning.force.com/x')).toBe(true);
  expect(coveredBefore(before, 'https://test.lightning.force.com/x')).toBe(false);
  expect(coveredBefore(before, 'https://app.hubspot.com/x')).toBe(false);
});

describe('SiteControl', () => {
  it('unlists a site whose permission was taken away in the browser, then syncs', async () => {
    await saveSettings({ sitePatterns: [SF, HS] });
    const fake = fakeDeps(listed([SF, HS]), [SF, HS]);
    const control = new SiteControl({ ...fake.deps, settings: async () => loadSettings(), isGranted: async (pattern) => pattern === SF });
    await control.sync('settings');
    await control.onPermissionsRemoved();
    expect((await loadSettings()).sitePatterns).toEqual([SF]);
    expect(fake.registered().map((script) => script.matches)).toEqual([[SF]]);
  });

  it('runs syncs one at a time, so two quick changes never register twice', async () => {
    const fake = fakeDeps(listed([SF]), [SF]);
    const control = new SiteControl(fake.deps);
    await Promise.all([control.sync('permissions'), control.sync('settings'), control.sync('startup')]);
    expect(fake.calls).toEqual(['register']);
  });
});
