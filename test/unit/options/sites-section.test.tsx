/** @jest-environment jsdom */
import '../popup/helpers/mock-extension';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../../src/shared/storage/settings';
import { SitesSection } from '../../../src/options/components/sites-section';
import { fakeBrowser } from '../popup/helpers/fake-browser';
import { buttonNamed, byLabel, click, mount, submit, textsOfRole, typeInto, unmountAll } from '../popup/helpers/dom';

const load = loadSettings as jest.Mock;
const save = saveSettings as jest.Mock;
let stored: Settings;

beforeEach(() => {
  stored = { ...DEFAULT_SETTINGS, sitePatterns: ['https://app.hubspot.com/*'] };
  load.mockReset().mockImplementation(async () => stored);
  save.mockReset().mockImplementation(async (patch: Partial<Settings>) => (stored = { ...stored, ...patch }));
  fakeBrowser.permissions.request.mockClear().mockImplementation(async () => true);
  fakeBrowser.permissions.remove.mockClear();
  fakeBrowser.permissions.contains.mockImplementation(async () => true);
});
afterEach(() => unmountAll());

async function addPattern(root: HTMLElement, pattern: string) {
  await typeInto(byLabel(root, 'Site pattern'), pattern);
  await submit(root.querySelector('form')!);
}

it('asks the browser for access to a new site, then lists it', async () => {
  const root = await mount(<SitesSection />);
  await addPattern(root, 'https://*.Lightning.force.com/*');
  expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://*.lightning.force.com/*'] });
  expect(stored.sitePatterns).toEqual(['https://app.hubspot.com/*', 'https://*.lightning.force.com/*']);
  expect(textsOfRole(root, 'status').join(' ')).toContain('Added https://*.lightning.force.com/*.');
});

it('refuses a malformed pattern with a clear message, asking nothing and storing nothing', async () => {
  const root = await mount(<SitesSection />);
  await addPattern(root, 'crm.example.com');
  expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  expect(save).not.toHaveBeenCalled();
  expect(textsOfRole(root, 'alert').join(' ')).toMatch(/not a site pattern\. Write it like https:\/\/\*\.example\.com\/\*/);
});

it('keeps the site unlisted when the agent declines the browser prompt', async () => {
  fakeBrowser.permissions.request.mockImplementation(async () => false);
  const root = await mount(<SitesSection />);
  await addPattern(root, 'https://crm.example.com/*');
  expect(stored.sitePatterns).toEqual(['https://app.hubspot.com/*']);
  expect(textsOfRole(root, 'alert').join(' ')).toContain('Access to https://crm.example.com/* was not granted');
});

it('removes a site and gives its access back; offers to grant a listed site without access', async () => {
  fakeBrowser.permissions.contains.mockImplementation(async () => false);
  const root = await mount(<SitesSection />);
  expect(buttonNamed(root, 'Grant access to https://app.hubspot.com/*')).toBeDefined();
  await click(buttonNamed(root, 'Remove https://app.hubspot.com/*'));
  expect(stored.sitePatterns).toEqual([]);
  expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://app.hubspot.com/*'] });
});
