// Site access for tests, benchmarks and the demo (issue 4.6). The extension asks for access to a CRM
// site at runtime (optional host permissions), and Chromium asks the person through its own
// permission prompt, a native dialog that automation cannot click, headless or not. What automation
// can do honestly:
//  1. start from a profile in which the person already allowed these origins once. Chromium
//     remembers such a grant (runtime_granted_permissions) even after the extension gives it back,
//     and a later permissions.request() for it resolves `true` without a prompt; we write that
//     remembered grant into the new profile's Preferences before the launch;
//  2. then enable the site exactly as the agent does: the options page, "Add site", a trusted click,
//     permissions.request(), the settings change, the background registering the content script.
// Only step 1 stands in for the person; everything the extension does is real.
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, 32 hex digits as a-p. */
export function unpackedExtensionId(extensionPath) {
  const hex = createHash('sha256').update(realpathSync(extensionPath)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * Writes a new profile's Preferences so that the extension at `extensionPath` finds `origins`
 * allowed by the user earlier, but not active: it starts without them, as after a removal.
 * Returns the extension id.
 */
export function rememberGrantedOrigins({ profile, extensionPath, origins }) {
  const extensionId = unpackedExtensionId(extensionPath);
  const granted = { api: [], explicit_host: [...origins], manifest_permissions: [], scriptable_host: [] };
  mkdirSync(join(profile, 'Default'), { recursive: true });
  const preferences = { extensions: { settings: { [extensionId]: { granted_permissions: granted, runtime_granted_permissions: granted } } } };
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify(preferences));
  return extensionId;
}

/**
 * Adds each pattern on the options page as the agent would ("Site pattern", "Add site"), and waits
 * until the extension says it was added.
 * @param {{ context: import('playwright-core').BrowserContext, extensionUrl: (page: string) => string }} browser
 * @param {string[]} patterns
 */
export async function enableSitesThroughOptions(browser, patterns) {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.extensionUrl('options.html'));
    for (const pattern of patterns) {
      await page.getByLabel('Site pattern', { exact: true }).fill(pattern);
      await page.getByRole('button', { name: 'Add site', exact: true }).click();
      await page.getByText(`Added ${pattern}.`).waitFor({ timeout: 10_000 });
    }
  } finally {
    await page.close();
  }
}

