// Helpers for the callback workspace's end-to-end tests: the service worker (badge, notifications,
// restarts), the popup, and the simulator's view of requests, attempts and realtime connections.
import type { Page, Worker } from 'playwright-core';
import type { World } from './harness';
import { signIn, startWorld, until } from './harness';

export const AGENT_ID = '5b0f3a2e-8c1d-4e6a-9f27-1a2b3c4d5e01';
export const request = (nn: string) => `7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d${nn}`;

export interface SimRequest {
  Id: string;
  IsClosed: boolean;
  AttemptCount: number;
  LastResult: string | null;
  AssignedUserId: string | null;
  ClosedByUserId: string | null;
}
export interface SimAttempt { requestId: string; userId: string; Result: string; Note: string | null }
export interface LogEntry { seq: number; at: string; method: string; path: string; status: number | null }

export async function serviceWorker(world: World): Promise<Worker> {
  const running = world.context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return running ?? world.context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/** Badge text and colour ([r, g, b, a]) as Chrome shows them. */
export async function badge(world: World): Promise<{ text: string; color: number[] }> {
  const worker = await serviceWorker(world);
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: (await chrome.action.getBadgeBackgroundColor({})) as number[],
  }));
}

export const RED = [179, 38, 30, 255];
export const BLUE = [11, 92, 173, 255];

export async function notificationIds(world: World): Promise<string[]> {
  const worker = await serviceWorker(world);
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/** Stops every service worker, as Chrome does to an idle one (design §4). */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

export async function openPopup(world: World): Promise<Page> {
  const popup = await world.context.newPage();
  await popup.goto(world.extensionUrl('popup.html'));
  await popup.locator('#requests-heading').waitFor();
  return popup;
}

export const simRequest = async (world: World, id: string) => world.sim<SimRequest>(`/__sim/request/${id}`);
export const attempts = (world: World) => world.sim<SimAttempt[]>('/__sim/attempts');
export const rteConnections = async (world: World) => (await world.sim<{ connections: { userId: string; subscriptions: string[] }[] }>('/__sim/rte')).connections;

/** The realtime connection is up and subscribed to my user events. */
export async function untilLive(world: World): Promise<void> {
  await until(
    () => rteConnections(world),
    (connections) => connections.some((c) => c.subscriptions.includes(`${AGENT_ID}|usercallbackchanged`)),
    15_000,
  );
}

/** Writes to the extension's storage.local from one of its pages (settings, the dev time scale). */
export async function setLocal(page: Page, items: Record<string, unknown>): Promise<void> {
  await page.evaluate((values) => chrome.storage.local.set(values), items);
}

/**
 * One signed-in browser per test file, with the simulator reset and realtime up before each test.
 * `use` receives the world once it is started.
 */
export function useLiveWorld(use: (world: World) => void): void {
  let world: World | undefined;
  beforeAll(async () => {
    world = await startWorld();
    use(world);
    await (await signIn(world)).close();
  });
  afterAll(async () => world?.close());
  beforeEach(async () => {
    if (!world) throw new Error('The test world did not start.');
    await world.sim('/__sim/reset', { method: 'POST' });
    await untilLive(world);
  });
}

/** A request's row in the popup's list. */
export const requestRow = (popup: Page, id: string) => popup.locator(`li[data-request-id="${id}"]`);
