// Builds the extension into dist/ (load it unpacked) and artifacts/enreachvoice-crm-bridge-<version>.zip.
// Background and pages are ES modules; the content script is one IIFE (content scripts cannot be modules).
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { packageFirefox } from './scripts/firefox-package.mjs';
import { jsonAsStringPlugin } from './scripts/json-as-string-plugin.mjs';
import { zipDirectory } from './scripts/zip.mjs';

const root = new URL('.', import.meta.url);
const dist = new URL('dist/', root);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

const common = {
  bundle: true,
  target: ['chrome116', 'firefox121'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
  minifySyntax: true,
  minifyWhitespace: true,
  plugins: [jsonAsStringPlugin],
};

export async function buildExtension({ zip = true } = {}) {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(new URL('icons/', dist), { recursive: true });
  await Promise.all([
    build({ ...common, entryPoints: { background: 'src/background/index.ts' }, format: 'esm', outdir: 'dist' }),
    build({ ...common, entryPoints: { content: 'src/content/index.ts' }, format: 'iife', outdir: 'dist' }),
    // The webphone bridge runs in the page's own world (manifest world: MAIN); it imports nothing.
    build({ ...common, entryPoints: { 'webphone-bridge': 'src/content/webphone/main-world-bridge.ts' }, format: 'iife', outdir: 'dist' }),
    build({ ...common, entryPoints: { popup: 'src/popup/main.tsx', options: 'src/options/main.tsx' }, format: 'esm', outdir: 'dist' }),
  ]);
  for (const page of ['popup', 'options']) {
    cpSync(new URL(`src/${page}/${page}.html`, root), new URL(`${page}.html`, dist));
    cpSync(new URL(`src/${page}/${page}.css`, root), new URL(`${page}.css`, dist));
  }
  // The enterprise policy schema (manifest storage.managed_schema, issue 6.5).
  cpSync(new URL('schema.json', root), new URL('schema.json', dist));
  // Translations (issue 6.2): the manifest's __MSG_…__ texts; the code bundles the same files.
  cpSync(new URL('_locales/', root), new URL('_locales/', dist), { recursive: true });
  for (const size of [16, 32, 48, 128]) cpSync(new URL(`icons/icon-${size}.png`, root), new URL(`icons/icon-${size}.png`, dist));
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8'));
  manifest.version = pkg.version;
  writeFileSync(new URL('manifest.json', dist), `${JSON.stringify(manifest, null, 2)}\n`);
  // Firefox: the same files with a derived manifest (issue 6.1), in dist-firefox/.
  const firefox = packageFirefox({ dist: 'dist', out: 'dist-firefox', version: pkg.version, zip });
  if (!zip) return null;
  mkdirSync(new URL('artifacts/', root), { recursive: true });
  const zipPath = `artifacts/enreachvoice-crm-bridge-${pkg.version}.zip`;
  const bytes = zipDirectory('dist', zipPath);
  return { zipPath, bytes, firefox };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const result = await buildExtension();
  const ms = Math.round(performance.now() - started);
  console.log(`Built dist/ in ${ms} ms; ${result.zipPath} (${(result.bytes / 1024).toFixed(1)} KiB)`);
  console.log(`Firefox: dist-firefox/; ${result.firefox.xpiPath} (${(result.firefox.bytes / 1024).toFixed(1)} KiB)`);
}
