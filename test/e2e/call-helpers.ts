// Shared by the call-channel and call-fault e2e files (issue 5): sign-in by message (independent of
// the options page's markup), settings, the simulator's call records, and the control's state.
import type { Page } from 'playwright-core';
import { DEMO_AGENT, until, type World } from './harness';

export interface SimCall { Kind: string; Channel: string; PhoneNumber: string; CallbackRequestId?: string; CallbackListId?: string; ActivationToCallMs?: number; atMs: number }
export interface SimActivation { number: string; requestId: string; listId: string; atMs: number }
export interface LogEntry { seq: number; at: string; method: string; path: string; body: Record<string, unknown> | null; status: number }

export const calls = (world: World) => world.sim<SimCall[]>('/__sim/calls');
export const activations = (world: World) => world.sim<SimActivation[]>('/__sim/activations');

/** An extension page (kept open) to send messages and write settings from. */
export async function extensionPage(world: World): Promise<Page> {
  const page = await world.context.newPage();
  await page.goto(world.extensionUrl('popup.html'));
  return page;
}

export async function signInByMessage(world: World, page: Page): Promise<void> {
  const reply = await page.evaluate(
    (payload) => chrome.runtime.sendMessage({ type: 'session.signIn', payload }),
    { ...DEMO_AGENT, discoveryUrl: world.simUrl },
  );
  if (!(reply as { ok: boolean }).ok) throw new Error(`sign-in failed: ${JSON.stringify(reply)}`);
}

export async function setSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (values) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, ...values } });
  }, patch);
}

export function control(page: Page, name: string) {
  const button = page.getByRole('button', { name, exact: true });
  const host = page.locator('[data-evcb-control]').filter({ has: button });
  return {
    button,
    host,
    state: () => host.getAttribute('data-evcb-state'),
    status: async () => (await host.getByRole('status').textContent()) ?? '',
    /**
     * Clicks and waits until the control leaves idle. A page whose content script was just replaced
     * by a newer instance (a site re-sync injects it again) swaps its controls: a click that landed
     * on the old one is repeated once on the new one.
     */
    async start(): Promise<void> {
      await button.click();
      const started = await until(() => host.getAttribute('data-evcb-state'), (s) => s !== 'idle', 5_000).catch(() => null);
      if (started === null) await button.click();
    },
    /** Waits for the call to end (placed or failed) and returns the status text. */
    async settled(): Promise<{ state: string | null; text: string }> {
      const state = await until(() => host.getAttribute('data-evcb-state'), (s) => s === 'placed' || s === 'failed', 20_000);
      return { state, text: (await host.getByRole('status').textContent()) ?? '' };
    },
  };
}

/** Reloads the page and waits for the control to be back (a fresh, idle control per test). */
export async function freshControls(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name, exact: true }).waitFor();
}

export async function clearFaults(world: World): Promise<void> {
  await world.sim('/__sim/faults', { method: 'DELETE' });
}
