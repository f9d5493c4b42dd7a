// The Firefox manifest is derived from the one Chrome manifest (issue 6.1): whatever keys the
// Chrome manifest has today, Firefox gets a background script, a gecko id, and no Chrome-only keys.
import realManifest from '../../../manifest.json';
import { GECKO_ID, GECKO_MIN_VERSION, firefoxManifest } from '../../../scripts/firefox-manifest.mjs';

const chromeManifest = {
  manifest_version: 3,
  name: 'X',
  version: '1.2.3',
  minimum_chrome_version: '116',
  key: 'abc',
  externally_connectable: { matches: ['https://*.example/*'] },
  storage: { managed_schema: 'schema.json' },
  background: { service_worker: 'background.js', type: 'module' },
  permissions: ['storage', 'alarms', 'contextMenus', 'scripting', 'offscreen', 'sidePanel'],
  optional_host_permissions: ['https://*/*'],
  side_panel: { default_path: 'panel.html' },
  incognito: 'split',
  web_accessible_resources: [{ resources: ['bridge.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
  commands: { 'call-selection': { description: 'Call the selected number' } },
};

describe('firefoxManifest', () => {
  const firefox = firefoxManifest(chromeManifest);

  it('runs the service worker bundle as a module background script', () => {
    expect(firefox.background).toEqual({ scripts: ['background.js'], type: 'module' });
  });

  it('names the add-on for AMO and enterprise policies and sets the oldest Firefox', () => {
    expect(firefox.browser_specific_settings.gecko).toEqual({ id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION });
  });

  it('declares data collection when asked', () => {
    const declared = firefoxManifest(chromeManifest, { dataCollection: ['authenticationInfo'] });
    expect(declared.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['authenticationInfo'] });
  });

  it('drops keys and permissions only Chromium understands', () => {
    for (const key of ['minimum_chrome_version', 'key', 'externally_connectable', 'storage', 'side_panel', 'incognito']) {
      expect(firefox).not.toHaveProperty(key);
    }
    expect(firefox.permissions).toEqual(['storage', 'alarms', 'contextMenus', 'scripting']);
    expect(firefox.web_accessible_resources).toEqual([{ resources: ['bridge.js'], matches: ['<all_urls>'] }]);
  });

  it('keeps everything else and leaves the Chrome manifest untouched', () => {
    expect(firefox.optional_host_permissions).toEqual(['https://*/*']);
    expect(firefox.commands).toEqual(chromeManifest.commands);
    expect(firefox.version).toBe('1.2.3');
    expect(chromeManifest.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(chromeManifest.minimum_chrome_version).toBe('116');
  });

  it('derives a manifest with a background script from the real manifest.json', () => {
    const real = realManifest as Record<string, any>;
    const derived = firefoxManifest(real);
    expect(derived.background.scripts).toEqual([real.background.service_worker]);
    expect(derived.background).not.toHaveProperty('service_worker');
    expect(derived.name).toBe(real.name);
  });
});
