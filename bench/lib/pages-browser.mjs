// Chromium with the built extension switched on for the local fixture pages (detection e2e test,
// detection benchmark, fixture screenshots). The extension runs only on sites the agent listed and
// granted (issue 4.6); a test cannot click through Chromium's permission prompt, so the built dist/
// is copied and its manifest grants the loopback host up front, then the site is listed in the
// settings as the options page would. Everything else is the built extension as shipped.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../../demo/extension-browser.mjs';
import { startStaticServer } from '../../demo/static-server.mjs';

export const LOOPBACK_PATTERN = 'http://127.0.0.1/*';

/** @param {{ dist?: string }} [options] */
export async function startPagesBrowser({ dist = 'dist' } = {}) {
  const copy = mkdtempSync(join(tmpdir(), 'evcb-dist-'));
  cpSync(resolve(dist), copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), LOOPBACK_PATTERN])];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const pages = await startStaticServer({ roots: { '/fixtures/': 'test/fixtures', '/vendor/ringcentral-c2d/': 'node_modules/ringcentral-c2d/build' } });
  const browser = await launchWithExtension({ dist: copy, headless: true });
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  await worker.evaluate(async (pattern) => {
    const stored = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...stored, siteAccess: 'listed', sitePatterns: [pattern], ignoredSites: [] } });
  }, LOOPBACK_PATTERN);
  // The background registers the content script for listed, granted sites; wait for it. Should
  // that sync not happen (a background change in progress), register the same scripts here, so
  // detection is still measured on the built content script.
  const registered = () => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
  const byBackground = await until(registered, (ids) => ids.includes('evcb-content'), 4_000).then(() => true, () => false);
  if (!byBackground) {
    await worker.evaluate(async (pattern) => {
      const base = { matches: [pattern], allFrames: true, runAt: 'document_idle', persistAcrossSessions: false };
      await chrome.scripting
        .registerContentScripts([
          { ...base, id: 'evcb-webphone-bridge', js: ['webphone-bridge.js'], world: 'MAIN' },
          { ...base, id: 'evcb-content', js: ['content.js'], world: 'ISOLATED' },
        ])
        .catch((error) => console.warn('registration', error));
    }, LOOPBACK_PATTERN);
    await until(registered, (ids) => ids.includes('evcb-content'), 5_000);
  }
  return {
    context: browser.context,
    worker,
    registeredBy: byBackground ? 'background' : 'test helper',
    pagesUrl: pages.url,
    url: (path) => `${pages.url}/fixtures/${path}`,
    async close() {
      await browser.close();
      await pages.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

export async function until(read, accept, timeoutMs = 10_000, intervalMs = 25) {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting; last value: ${JSON.stringify(last)?.slice(0, 300)}`);
    await new Promise((done) => setTimeout(done, intervalMs));
    last = await read();
  }
  return last;
}

/**
 * In-page (pass to page.evaluate / frame.evaluate): every control in the document, open shadow
 * roots included, as { scope, e164, callbackRequestId }. `rowScope`: scope = the grid row number.
 */
export function collectControls(options) {
  const found = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'evcb-call') {
        const row = options.rowScope ? element.closest('tr')?.getAttribute('data-row') : null;
        found.push({
          scope: options.rowScope ? (row ?? 'outside') : options.scope,
          e164: element.getAttribute('data-evcb-number'),
          callbackRequestId: element.getAttribute('data-evcb-callback-request-id') ?? undefined,
        });
      } else if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found;
}
