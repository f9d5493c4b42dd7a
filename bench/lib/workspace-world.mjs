// What the callback-workspace benchmarks share: a simulator, Chromium with the built extension, a
// signed-in demo agent, and small readers for the simulator and the service worker.
import { launchWithExtension, signInThroughOptions } from '../../demo/extension-browser.mjs';
import { startSimulator } from '../../sim/server.mjs';

export const AGENT = { email: 'agent@demo.example', password: 'demo-password', id: '5b0f3a2e-8c1d-4e6a-9f27-1a2b3c4d5e01' };

/** @param {{ settings?: Record<string, unknown>, timeScale?: number }} [options] */
export async function startWorkspaceWorld({ settings, timeScale } = {}) {
  const sim = await startSimulator({ port: 0, log: false });
  const browser = await launchWithExtension({ dist: 'dist', headless: true });
  const call = async (path, body, method) => {
    const response = await fetch(`${sim.url}${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  };
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
  if (settings || timeScale) {
    await options.evaluate(
      async ({ settings: values, timeScale: scale }) => {
        if (values) await chrome.storage.local.set({ settings: { ...((await chrome.storage.local.get('settings')).settings ?? {}), ...values } });
        if (scale) await chrome.storage.local.set({ devTimeScale: scale });
      },
      { settings, timeScale },
    );
  }
  await options.close();
  const signedIn = await signInThroughOptions(browser, { ...AGENT, discoveryUrl: sim.url });
  await signedIn.close();
  const worker = () => browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return {
    sim,
    browser,
    call,
    badgeText: () => worker().evaluate(() => chrome.action.getBadgeText({})),
    live: async (timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const { connections } = await call('/__sim/rte');
        if (connections.some((c) => c.subscriptions.includes(`${AGENT.id}|usercallbackchanged`))) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('realtime did not connect');
    },
    close: async () => {
      await browser.close();
      await sim.close();
    },
  };
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (v) => Math.round(v * 10) / 10;
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)), min: round(sorted[0]), n: sorted.length };
}
