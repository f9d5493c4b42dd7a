// One place that starts what an end-to-end test needs: simulator, CRM page server, Chromium with the
// built extension, and a signed-in demo agent.
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, signInThroughOptions } from '../../demo/extension-browser.mjs';
import { startStaticServer } from '../../demo/static-server.mjs';
import { startSimulator } from '../../sim/server.mjs';

export const DEMO_AGENT = { email: 'agent@demo.example', password: 'demo-password' };
export const REQUEST_MATTI = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';
export const REQUEST_SARA = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d02';
export const REQUEST_VIP = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d09';

export interface World {
  simUrl: string;
  pagesUrl: string;
  context: BrowserContext;
  extensionUrl(page: string): string;
  sim<T = unknown>(path: string, init?: { method?: string; body?: unknown }): Promise<T>;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const sim = await startSimulator({ port: 0, log: false });
  const pages = await startStaticServer({ roots: { '/demo/': 'demo', '/fixtures/': 'test/fixtures' } });
  const browser = await launchWithExtension({ dist: 'dist', headless: true });
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
