// Derives the Firefox manifest from the one Chrome MV3 manifest.json (issue 6.1), so the two
// packages never drift. Pure: takes a manifest object, returns a new one. Works for whatever keys
// the Chrome manifest has: it adds what Firefox needs and drops what Firefox rejects or ignores,
// and leaves everything else as it is (web-ext lint in `npm test` catches anything new it dislikes).

/** The add-on id AMO and enterprise policies (policies.json "3rdparty") know the extension by. */
export const GECKO_ID = 'crm-bridge@enreachvoice.com';

/**
 * Oldest Firefox we support: 140 ESR is what managed desktops run, and the first to read
 * gecko.data_collection_permissions (which AMO requires of new add-ons). Android needs 142 for it.
 */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/** Top-level keys only Chromium understands (Firefox warns or refuses the package). */
const CHROME_ONLY_KEYS = [
  'minimum_chrome_version',
  'key',
  'update_url',
  'offline_enabled',
  'side_panel',
  'externally_connectable',
  'oauth2',
  'import',
  'export',
  'event_rules',
  'file_browser_handlers',
  'file_system_provider_capabilities',
  'tts_engine',
  'chrome_settings_overrides',
  'chrome_url_overrides',
  'differential_fingerprint',
  'storage', // storage.managed_schema: Firefox reads managed storage from enterprise policies.json instead
];

/** Permissions Firefox does not know; it refuses to install with some of them. */
const CHROME_ONLY_PERMISSIONS = new Set([
  'offscreen',
  'sidePanel',
  'enterprise.deviceAttributes',
  'enterprise.hardwarePlatform',
  'enterprise.networkingAttributes',
  'enterprise.platformKeys',
  'fileBrowserHandler',
  'fileSystemProvider',
  'favicon',
  'readingList',
  'system.cpu',
  'system.display',
  'system.memory',
  'system.storage',
  'ttsEngine',
  'wallpaper',
  'printing',
  'printingMetrics',
  'loginState',
  'certificateProvider',
  'documentScan',
  'platformKeys',
  'power',
  'processes',
  'debugger',
  'desktopCapture',
  'fontSettings',
  'gcm',
  'signedInDevices',
  'tabCapture',
  'transientBackground',
  'vpnProvider',
  'webAuthenticationProxy',
]);

/**
 * @param {Record<string, any>} chrome the Chrome manifest (not modified)
 * @param {{ id?: string, minVersion?: string, dataCollection?: string[] }} [options]
 * @returns {Record<string, any>} the Firefox manifest
 */
export function firefoxManifest(chrome, { id = GECKO_ID, minVersion = GECKO_MIN_VERSION, dataCollection } = {}) {
  /** @type {Record<string, any>} */
  const manifest = structuredClone(chrome);
  for (const key of CHROME_ONLY_KEYS) delete manifest[key];

  // Firefox runs MV3 backgrounds as event pages (scripts), not service workers: the same bundle
  // runs as a background script. service_worker itself is dropped, since Firefox ignores it
  // (and web-ext lint warns about it).
  const background = manifest.background;
  if (background?.service_worker) {
    const { service_worker: worker, ...rest } = background;
    manifest.background = { ...rest, scripts: rest.scripts ?? [worker] };
  }

  for (const key of ['permissions', 'optional_permissions']) {
    if (!Array.isArray(manifest[key])) continue;
    manifest[key] = manifest[key].filter((name) => !CHROME_ONLY_PERMISSIONS.has(name));
    if (manifest[key].length === 0) delete manifest[key];
  }

  // Firefox supports "spanning" and "not_allowed" only.
  if (manifest.incognito === 'split') delete manifest.incognito;

  // Chromium-only flag on web-accessible resources.
  if (Array.isArray(manifest.web_accessible_resources)) {
    manifest.web_accessible_resources = manifest.web_accessible_resources.map(({ use_dynamic_url: _dropped, ...entry }) => entry);
  }

  const gecko = { ...(chrome.browser_specific_settings?.gecko ?? {}), id, strict_min_version: minVersion };
  // Firefox asks every new add-on to declare what it sends out (shown at install time).
  if (dataCollection) gecko.data_collection_permissions = { required: dataCollection };
  manifest.browser_specific_settings = {
    ...(chrome.browser_specific_settings ?? {}),
    gecko,
    gecko_android: { ...(chrome.browser_specific_settings?.gecko_android ?? {}), strict_min_version: GECKO_ANDROID_MIN_VERSION },
  };
  return manifest;
}
