// One place that starts what an end-to-end test needs: simulator, CRM page server, Chromium with the
// built extension, and a signed-in demo agent.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, signInThroughOptions } from '../../demo/extension-browser.mjs';
import { enableSitesThroughOptions } from '../../demo/site-access.mjs';
import { startStaticServer } from '../../demo/static-server.mjs';
import { startSimulator } from '../../sim/server.mjs';

export const DEMO_AGENT = { email: 'agent@demo.example', password: 'demo-password' };
export const REQUEST_MATTI = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';
export const REQUEST_SARA = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d02';
export const REQUEST_VIP = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d09';
/** The CRM pages' origin (any port) as a site pattern: what the agent would enable in the options. */
export const TEST_SITE_PATTERN = 'http://127.0.0.1/*';

export interface WorldOptions {
  /**
   * `enabled` (default): the test pages' site is added on the options page, as an agent would, so
   * the content script runs there. `allowed`: access was allowed once but the site is not enabled
   * (for tests of enabling and disabling). See demo/site-access.mjs for how access is granted.
   */
  testSite?: 'enabled' | 'allowed';
}

export interface World {
  simUrl: string;
  pagesUrl: string;
  context: BrowserContext;
  extensionUrl(page: string): string;
  sim<T = unknown>(path: string, init?: { method?: string; body?: unknown }): Promise<T>;
  close(): Promise<void>;
}

export async function startWorld({ testSite = 'enabled' }: WorldOptions = {}): Promise<World> {
  const sim = await startSimulator({ port: 0, log: false });
  const pages = await startStaticServer({ roots: { '/demo/': 'demo', '/fixtures/': 'test/fixtures' } });
  // A private copy of the build: dist/ may be rebuilt (emptied, then written) while a file runs.
  const dist = mkdtempSync(join(tmpdir(), 'evcb-e2e-dist-'));
  cpSync('dist', dist, { recursive: true });
  const browser = await launchWithExtension({ dist, headless: true, grantedOrigins: [TEST_SITE_PATTERN] });
  if (testSite === 'enabled') await enableSitesThroughOptions(browser, [TEST_SITE_PATTERN]);
  return {
    simUrl: sim.url,
    pagesUrl: pages.url,
    context: browser.context,
    extensionUrl: browser.extensionUrl,
    async sim<T>(path: string, init: { method?: string; body?: unknown } = {}) {
      const response = await fetch(`${sim.url}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: { 'Content-Type': 'application/json' },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      const text = await response.text();
      return (text ? JSON.parse(text) : null) as T;
    },
    async close() {
      await browser.close();
      await pages.close();
      await sim.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

export async function signIn(world: World): Promise<Page> {
  return signInThroughOptions(
    { context: world.context, extensionUrl: world.extensionUrl },
    { ...DEMO_AGENT, discoveryUrl: world.simUrl },
  );
}

/** Polls until `read` returns a value `accept` likes; tests poll, never sleep. */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}
