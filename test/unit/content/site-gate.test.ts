/** @jest-environment jsdom */
import './mock-extension';
import { answerFoundList, createFoundRegistry } from '../../../src/content/found-on-page';
import { watchForOrphaning } from '../../../src/content/orphan-watch';
import { frameUrl, startSiteGate, type GateDeps } from '../../../src/content/site-gate';
import type { ContentScript } from '../../../src/content/start';
import type { CallControl } from '../../../src/content/ui/call-control';
import { fakeBrowser, settle } from './page-helpers';

const { browser, resetFakeBrowser } = fakeBrowser();

/** A content script stand-in that puts one control in the page, as the real one would. */
function fakeStart(started: ContentScript[]) {
  return async (doc: Document): Promise<ContentScript> => {
    const abort = new AbortController();
    const host = doc.body.appendChild(doc.createElement('evcb-call'));
    const script = {
      scanner: {} as ContentScript['scanner'],
      signal: abort.signal,
      teardown: () => (abort.abort(), host.remove()),
    };
    started.push(script);
    return script;
  };
}

function gateDeps(enabled: { value: boolean }, started: ContentScript[], alive = { value: true }) {
  const listeners = new Set<() => void>();
  const deps: GateDeps = {
    start: fakeStart(started),
    enabled: async () => enabled.value,
    onSettingsChanged: (callback) => (listeners.add(callback), () => listeners.delete(callback)),
    isAlive: () => alive.value,
  };
  return { deps, changeSettings: () => listeners.forEach((listener) => listener()), listeners };
}

const controls = () => document.querySelectorAll('evcb-call').length;

beforeEach(() => {
  resetFakeBrowser();
  document.body.innerHTML = '<p>Matti +358 40 123 4567</p>';
});

describe('site gate', () => {
  it('starts only where enabled; disabling removes the controls, enabling brings them back, no reload', async () => {
    const enabled = { value: false };
    const started: ContentScript[] = [];
    const { deps, changeSettings } = gateDeps(enabled, started);
    const gate = startSiteGate(document, deps);
    await settle();
    expect(started).toHaveLength(0);

    enabled.value = true;
    changeSettings();
    await settle();
    expect(gate.running).toBe(true);
    expect(controls()).toBe(1);

    enabled.value = false;
    changeSettings();
    await settle();
    expect(gate.running).toBe(false);
    expect(controls()).toBe(0);

    enabled.value = true;
    changeSettings();
    await settle();
    expect(started).toHaveLength(2);
    expect(controls()).toBe(1);
    gate.stop();
    expect(controls()).toBe(0);
  });

  it('steps aside for a newer gate (an update injected again): one instance, no orphan controls', async () => {
    const started: ContentScript[] = [];
    const first = gateDeps({ value: true }, started);
    const old = startSiteGate(document, first.deps);
    await settle();
    const second = gateDeps({ value: true }, started);
    const fresh = startSiteGate(document, second.deps);
    await settle();
    expect(old.signal.aborted).toBe(true);
    expect(first.listeners.size).toBe(0);
    expect(fresh.running).toBe(true);
    expect(controls()).toBe(1);
    fresh.stop();
  });

  it('an orphaned instance (extension updated or removed) removes its controls quietly on the next focus or pointer', async () => {
    const alive = { value: true };
    const started: ContentScript[] = [];
    const gate = startSiteGate(document, gateDeps({ value: true }, started, alive).deps);
    await settle();
    document.body.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(controls()).toBe(1);
    alive.value = false;
    document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(controls()).toBe(0);
    expect(gate.signal.aborted).toBe(true);
  });

  it('throttles pointer checks but always checks on focus and visibility', () => {
    const isAlive = jest.fn(() => true);
    const abort = new AbortController();
    watchForOrphaning(document, () => undefined, abort.signal, isAlive);
    for (let i = 0; i < 20; i += 1) document.body.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(isAlive).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('visibilitychange'));
    document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(isAlive).toHaveBeenCalledTimes(3);
    abort.abort();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(isAlive).toHaveBeenCalledTimes(3);
  });

  it('asks about the frame by its own URL, or its origin when it has none', () => {
    expect(frameUrl(document)).toBe(document.location.href);
    const blank = { location: { href: 'about:srcdoc', origin: 'https://crm.example.com' } } as unknown as Document;
    expect(frameUrl(blank)).toBe('https://crm.example.com/');
  });
});

describe('found on this page (content side)', () => {
  const control = (e164: string, extra: Partial<CallControl['target']> = {}): CallControl => {
    const host = document.body.appendChild(document.createElement('evcb-call'));
    return { host, target: { shown: e164, e164, ...extra } } as unknown as CallControl;
  };

  it('lists the numbers whose controls are on the page now, capped, with the total', () => {
    const registry = createFoundRegistry();
    registry.track(control('+358401234567', { callbackRequestId: '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01' }));
    const gone = registry.track(control('+358912345678'));
    gone.host.remove();
    expect(registry.list('https://crm.example/1')).toEqual({
      url: 'https://crm.example/1',
      total: 1,
      numbers: [{ shown: '+358401234567', e164: '+358401234567', callbackRequestId: '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01' }],
    });
    for (let i = 0; i < 250; i += 1) registry.track(control(`+3584012345${String(i).padStart(2, '0')}`));
    const listed = registry.list('https://crm.example/1');
    expect(listed.numbers).toHaveLength(200);
    expect(listed.total).toBe(251);
  });

  it('answers our background only, and only the found.list question', async () => {
    const registry = createFoundRegistry();
    registry.track(control('+358401234567'));
    const abort = new AbortController();
    answerFoundList(registry, () => 'https://crm.example/1', abort.signal);
    const [listener] = [...browser.runtime.onMessage.listeners] as ((message: unknown, sender: object) => unknown)[];
    const background = { id: 'test-extension-id' };
    await expect(listener!({ type: 'found.list' }, background)).resolves.toMatchObject({ total: 1 });
    expect(listener!({ type: 'found.list' }, { id: 'another-extension' })).toBeUndefined();
    expect(listener!({ type: 'found.list' }, { ...background, tab: { id: 3 } })).toBeUndefined();
    expect(listener!({ type: 'found.list', extra: 1 }, background)).toBeUndefined();
    abort.abort();
    expect(browser.runtime.onMessage.listeners.size).toBe(0);
  });
});

it('a start that fails leaves the page alone and tries again on the next settings change', async () => {
  const started: ContentScript[] = [];
  const { deps, changeSettings } = gateDeps({ value: true }, started);
  const realStart = deps.start;
  let fail = true;
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const gate = startSiteGate(document, { ...deps, start: (doc) => (fail ? Promise.reject(new Error('boom')) : realStart(doc)) });
  await settle();
  expect(gate.running).toBe(false);
  expect(warn).toHaveBeenCalledTimes(1);
  fail = false;
  changeSettings();
  await settle();
  expect(gate.running).toBe(true);
  gate.stop();
  warn.mockRestore();
});
