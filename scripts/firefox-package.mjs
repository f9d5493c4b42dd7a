// The Firefox package: dist/ as built for Chrome, with the derived manifest, in dist-firefox/ and
// artifacts/enreachvoice-crm-bridge-<version>-firefox.xpi (an .xpi is a zip).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { firefoxManifest } from './firefox-manifest.mjs';
import { zipDirectory } from './zip.mjs';

/**
 * What the extension sends out, declared for Firefox's install prompt: the sign-in credentials and
 * the numbers the agent calls (customer phone numbers) go to the organisation's EnreachVoice service.
 */
const DATA_COLLECTION = ['authenticationInfo', 'personallyIdentifyingInfo'];

/**
 * @param {{ dist: string, out: string, version: string, zip?: boolean }} options
 * @returns {{ xpiPath: string, bytes: number } | null}
 */
export function packageFirefox({ dist, out, version, zip = true }) {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const chrome = JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));
  const manifest = firefoxManifest(chrome, { dataCollection: DATA_COLLECTION });
  writeFileSync(`${out}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  if (!zip) return null;
  mkdirSync('artifacts', { recursive: true });
  const xpiPath = `artifacts/enreachvoice-crm-bridge-${version}-firefox.xpi`;
  return { xpiPath, bytes: zipDirectory(out, xpiPath) };
}
