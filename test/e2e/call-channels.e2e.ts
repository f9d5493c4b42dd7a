// Issue 5 in real Chromium: the webphone (through the page's <webrtc-client-ui>, stand-in in
// demo/webphone/), the softphone (tel:/callto: after activation), the per-click channel menu with
// "Call as direct call", and one activation + one call for clicks from two tabs and the popup at once.
import type { Page } from 'playwright-core';
import { REQUEST_MATTI, REQUEST_SARA, startWorld, until, type World } from './harness';
import { activations, calls, control, extensionPage, freshControls, setSettings, signInByMessage } from './call-helpers';

// Each test calls its own number: a number just called is not called again within 4 s (repeat guard).
const MATTI = 'Callback call +358 40 123 4567';
const SARA = 'Callback call +46 70 123 45 67';
const REQUEST_03 = 'Callback call +358 50 555 1234';
const OLIVIA = 'Callback call +44 20 7123 4567';
const PLAIN = 'Call 09 1234 5678';
const REQUEST_04 = 'Callback call +358 9 2345 678';
let world: World;
let ext: Page;
let crm: Page;
const crmUrl = () => `${world.pagesUrl}/demo/crm/`;
const webphoneUrl = () => `${world.pagesUrl}/demo/webphone/?api=${encodeURIComponent(world.simUrl)}`;

beforeAll(async () => {
  world = await startWorld();
  ext = await extensionPage(world);
  await signInByMessage(world, ext);
  crm = await world.context.newPage();
});

afterAll(async () => world?.close());

beforeEach(async () => {
  await world.sim('/__sim/reset', { method: 'POST' });
  await setSettings(ext, { callChannel: 'mobile', softphoneScheme: 'tel' });
});

test('clicks in two tabs, a triple click and the popup at once: one activation, one call', async () => {
  await freshControls(crm, crmUrl(), MATTI);
  const second = await world.context.newPage();
  await freshControls(second, crmUrl(), MATTI);
  const fromPopup = ext.evaluate(
    (payload) => chrome.runtime.sendMessage({ type: 'call.start', payload }),
    { number: '+358401234567', callbackRequestId: REQUEST_MATTI, clickId: 'popup-click' },
  );
  await Promise.all([control(crm, MATTI).button.click({ clickCount: 3 }), control(second, MATTI).button.click(), fromPopup]);
  const ends = await Promise.all([control(crm, MATTI).settled(), control(second, MATTI).settled()]);
  expect(ends.map((end) => end.state)).toEqual(['placed', 'placed']);
  expect(await fromPopup).toMatchObject({ ok: true });
  expect(await activations(world)).toHaveLength(1);
  expect(await calls(world)).toEqual([expect.objectContaining({ Kind: 'CallbackCall' })]);
  await second.close();
});

test('webphone: the page element activates with the request and list, then calls; EnreachVoice sees a callback call', async () => {
  await setSettings(ext, { callChannel: 'webphone' });
  await freshControls(crm, webphoneUrl(), SARA);
  const sara = control(crm, SARA);
  await sara.start();
  expect(await sara.settled()).toEqual({ state: 'placed', text: 'Callback call placed' });
  const recorded = await until(() => calls(world), (list) => list.length > 0);
  const used = await crm.evaluate(() => (window as unknown as { __webphoneLog: { op: string; path?: string; method?: string; body?: unknown; number?: string; at: number }[] }).__webphoneLog);
  expect(used.map((u) => u.op)).toEqual(['makeAPICall', 'call']);
  expect(used[0]).toMatchObject({ method: 'POST', path: '/users/[ME]/features/callout/activate/', body: { TargetNumber: '+46701234567', CallbackRequestId: REQUEST_SARA } });
  expect(used[1]).toMatchObject({ number: '+46701234567' });
  expect(used[1]!.at - used[0]!.at).toBeLessThan(10_000);
  expect(recorded).toEqual([expect.objectContaining({ Kind: 'CallbackCall', Channel: 'Webphone', CallbackRequestId: REQUEST_SARA })]);
  expect(recorded[0]!.ActivationToCallMs).toBeLessThan(10_000);
  // The bridge is in this page's own world: the page has the element.
  expect(await crm.evaluate(() => (window as unknown as { __evcbWebphoneBridge?: boolean }).__evcbWebphoneBridge)).toBe(true);
});

test('webphone whose activation answers after the window: no call(number), the agent is told', async () => {
  await setSettings(ext, { callChannel: 'webphone' });
  await freshControls(crm, `${webphoneUrl()}&activateDelayMs=8500`, REQUEST_04);
  const request04 = control(crm, REQUEST_04);
  await request04.start();
  const { state, text } = await request04.settled();
  expect(state).toBe('failed');
  expect(text).toMatch(/10-second callback window, so no call was placed/);
  const used = await crm.evaluate(() => (window as unknown as { __webphoneLog: { op: string }[] }).__webphoneLog.map((u) => u.op));
  expect(used).toEqual(['makeAPICall']);
  expect(await calls(world)).toEqual([]);
});

test('webphone on a page without one: says so, calls nothing', async () => {
  await setSettings(ext, { callChannel: 'webphone' });
  await freshControls(crm, crmUrl(), PLAIN);
  const plain = control(crm, PLAIN);
  await plain.start();
  const { state, text } = await plain.settled();
  expect(state).toBe('failed');
  expect(text).toMatch(/no EnreachVoice webphone on this page/);
  expect(await activations(world)).toEqual([]);
  expect(await calls(world)).toEqual([]);
  // No element, no bridge: nothing of ours runs in this page's own world (issue 5).
  expect(await crm.evaluate(() => '__evcbWebphoneBridge' in window)).toBe(false);
});

test('webphone added to the page later: the bridge comes with the first call through it', async () => {
  await setSettings(ext, { callChannel: 'webphone' });
  await freshControls(crm, `${crmUrl()}?api=${encodeURIComponent(world.simUrl)}`, PLAIN);
  expect(await crm.evaluate(() => '__evcbWebphoneBridge' in window)).toBe(false);
  // A single-page CRM shows its webphone after our content script started.
  await crm.addScriptTag({ url: `${world.pagesUrl}/demo/webphone/webrtc-client-ui.js` });
  await crm.evaluate(() => document.body.append(document.createElement('webrtc-client-ui')));
  const plain = control(crm, PLAIN);
  await plain.start();
  expect(await plain.settled()).toMatchObject({ state: 'placed' });
  expect(await crm.evaluate(() => (window as unknown as { __webphoneLog: { op: string }[] }).__webphoneLog.map((u) => u.op))).toEqual(['call']);
  expect(await crm.evaluate(() => (window as unknown as { __evcbWebphoneBridge?: boolean }).__evcbWebphoneBridge)).toBe(true);
  const recorded = await until(() => calls(world), (list) => list.length > 0);
  expect(recorded).toEqual([expect.objectContaining({ Kind: 'DirectCall', Channel: 'Webphone' })]);
});

test('softphone: activation first, then callto: handed to the OS; the CRM page stays where it is', async () => {
  await setSettings(ext, { callChannel: 'softphone', softphoneScheme: 'callto' });
  // A tab of its own: Chromium asks whether to open the OS handler in a dialog on the tab, which
  // (headless, where nobody answers it) keeps taking that tab's mouse input after the test.
  const tab = await world.context.newPage();
  await freshControls(tab, webphoneUrl(), REQUEST_03);
  const request03 = control(tab, REQUEST_03);
  await request03.start();
  expect(await request03.settled()).toEqual({ state: 'placed', text: 'Callback call placed' });
  expect(await activations(world)).toEqual([expect.objectContaining({ requestId: '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d03' })]);
  expect(tab.url()).toBe(webphoneUrl());
  // No mobile call: the softphone dials (outside the browser; nothing reaches the simulator here).
  expect(await calls(world)).toEqual([]);
  const worker = world.context.serviceWorkers()[0]!;
  const flows = await worker.evaluate(async () => (await chrome.storage.session.get('callFlows')).callFlows as { channel: string; state: string; activatedAt: number; callAt: number }[]);
  const flow = flows.at(-1)!;
  expect(flow).toMatchObject({ channel: 'softphone', state: 'placed' });
  expect(flow.callAt - flow.activatedAt).toBeLessThan(10_000);
  await tab.close();
});

test('ask each time: the menu opens from a click, works with the keyboard, and "Call as direct call" skips activation', async () => {
  await setSettings(ext, { callChannel: 'ask' });
  await freshControls(crm, crmUrl(), OLIVIA);
  const olivia = control(crm, OLIVIA);
  await olivia.button.click();
  const menu = crm.getByRole('menu', { name: 'Call +44 20 7123 4567' });
  await menu.waitFor();
  expect(await olivia.button.getAttribute('aria-expanded')).toBe('true');
  // Callback call: Mobile, Webphone, Softphone, then the three direct choices; End → last, Up ×2.
  await crm.keyboard.press('End');
  await crm.keyboard.press('ArrowUp');
  await crm.keyboard.press('ArrowUp');
  expect(await crm.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent)).toBe('Call as direct call: Mobile');
  await crm.keyboard.press('Enter');
  // Olivia's request is in a list the agent may not handle: a direct call does not need the list.
  expect(await olivia.settled()).toEqual({ state: 'placed', text: 'Direct call placed' });
  expect(await calls(world)).toEqual([expect.objectContaining({ Kind: 'DirectCall', PhoneNumber: '+442071234567' })]);
  expect(await activations(world)).toEqual([]);
});

