// The heart of the product, in real Chromium: a callback call from a CRM page is activated first,
// then placed on the mobile within 10 s, and EnreachVoice records it as a callback call.
import type { Page } from 'playwright-core';
import { REQUEST_MATTI, REQUEST_VIP, signIn, startWorld, until, type World } from './harness';

interface LogEntry { seq: number; at: string; method: string; path: string; body: Record<string, unknown> | null; status: number }
interface SimCall { Kind: string; PhoneNumber: string; CallbackRequestId?: string; CallbackListId?: string; ActivationToCallMs?: number }
interface SimRequest { Id: string; CallbackListId: string }

let world: World;
let crm: Page;

beforeAll(async () => {
  world = await startWorld();
  const options = await signIn(world);
  await options.close();
  crm = await world.context.newPage();
  await crm.goto(`${world.pagesUrl}/demo/crm/`);
});

afterAll(async () => world?.close());

beforeEach(async () => {
  await world.sim('/__sim/reset', { method: 'POST' });
});

const calls = () => world.sim<SimCall[]>('/__sim/calls');
const log = () => world.sim<LogEntry[]>('/__sim/log');

async function hostOf(name: string) {
  return crm.locator('[data-evcb-control]').filter({ has: crm.getByRole('button', { name, exact: true }) });
}

test('a callback control activates for the request and list, then calls within 10 s', async () => {
  const button = crm.getByRole('button', { name: 'Callback call +358 40 123 4567', exact: true });
  await button.click();
  const recorded = await until(calls, (list) => list.length > 0);
  const requests = await world.sim<SimRequest[]>('/__sim/requests');
  const listId = requests.find((r) => r.Id === REQUEST_MATTI)!.CallbackListId;

  const entries = (await log()).filter((e) => e.path.includes('/features/callout/activate') || e.path.includes('/action/mobile/call'));
  expect(entries.map((e) => e.path)).toEqual(['/users/me/features/callout/activate/', '/users/me/action/mobile/call/']);
  expect(entries[0]!.body).toEqual({ TargetNumber: '+358401234567', CallbackRequestId: REQUEST_MATTI, CallbackListId: listId });
  expect(entries[1]!.body).toEqual({ PhoneNumber: '+358401234567' });
  const gapMs = Date.parse(entries[1]!.at) - Date.parse(entries[0]!.at);
  expect(gapMs).toBeGreaterThanOrEqual(0);
  expect(gapMs).toBeLessThan(10_000);
  expect(recorded).toHaveLength(1);
  expect(recorded[0]).toMatchObject({ Kind: 'CallbackCall', PhoneNumber: '+358401234567', CallbackRequestId: REQUEST_MATTI, CallbackListId: listId });

  const host = await hostOf('Callback call +358 40 123 4567');
  await expect(until(() => host.getAttribute('data-evcb-state'), (s) => s === 'placed')).resolves.toBe('placed');
});

test('a plain number places a direct call without activation', async () => {
  await crm.getByRole('button', { name: 'Call 09 1234 5678', exact: true }).click();
  const recorded = await until(calls, (list) => list.length > 0);
  expect(recorded).toEqual([expect.objectContaining({ Kind: 'DirectCall', PhoneNumber: '+358912345678' })]);
  expect((await log()).some((e) => e.path.includes('callout/activate'))).toBe(false);
});

test('a request in a list the agent may not handle says so and starts no call', async () => {
  const name = 'Callback call +44 20 7123 4567';
  await crm.getByRole('button', { name, exact: true }).click();
  const host = await hostOf(name);
  await until(() => host.getAttribute('data-evcb-state'), (s) => s === 'failed');
  expect(await host.getByRole('status').textContent()).toMatch(/may not handle/);
  expect(await calls()).toEqual([]);
  expect((await log()).some((e) => e.path.includes('callout/activate') && e.body?.CallbackRequestId === REQUEST_VIP)).toBe(false);
});

test('an id that is not a GUID says so and starts no call', async () => {
  const name = 'Callback call +358 50 765 4321';
  await crm.getByRole('button', { name, exact: true }).click();
  const host = await hostOf(name);
  await until(() => host.getAttribute('data-evcb-state'), (s) => s === 'failed');
  expect(await host.getByRole('status').textContent()).toMatch(/not a valid id/);
  expect(await calls()).toEqual([]);
});

test('a synthetic (untrusted) click starts nothing', async () => {
  const clicked = await crm.evaluate(() => {
    const hosts = [...document.querySelectorAll('[data-evcb-control]')];
    const host = hosts.find((h) => h.getAttribute('data-evcb-number') === '+46701234567');
    const button = host?.shadowRoot?.querySelector('button');
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    return Boolean(button);
  });
  expect(clicked).toBe(true);
  await crm.waitForTimeout(300); // a negative: give a wrongly placed call the time to show up
  expect(await calls()).toEqual([]);
});

test('the page keeps its text: controls add no text of their own to the record', async () => {
  const text = await crm.locator('[data-testid="row-matti"]').evaluate((row) => row.textContent);
  expect(text).toContain('+358 40 123 4567');
  expect(text).not.toMatch(/Callback call/);
});
