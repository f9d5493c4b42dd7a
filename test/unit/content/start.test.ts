/** @jest-environment jsdom */
import './mock-extension';
import { startContentScript, type ContentScript } from '../../../src/content/start';
import { sendToBackground } from '../../../src/shared/messages/send';
import { buttonOf, fakeBrowser, hostsIn, namesIn, pageText, setPage, settle } from './page-helpers';

const { browser, resetFakeBrowser, setStoredSettings } = fakeBrowser();
const send = sendToBackground as jest.Mock;
const REQUEST = '7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01';

let tasks: (() => void)[] = [];
let running: ContentScript[] = [];

async function start(): Promise<ContentScript> {
  const script = await startContentScript(document, { scannerOverrides: { schedule: (task) => void tasks.push(task) } });
  if (!script) throw new Error('did not start');
  running.push(script);
  await drain();
  return script;
}

async function drain(): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await settle();
    while (tasks.length > 0) tasks.shift()!();
  }
}

beforeEach(() => {
  resetFakeBrowser();
  send.mockReset();
  tasks = [];
});

afterEach(() => {
  running.forEach((script) => script.teardown());
  running = [];
  document.body.innerHTML = '';
});

describe('startContentScript', () => {
  it('decorates the page with the stored default country and keeps the page text', async () => {
    setStoredSettings({ defaultCountry: 'SE' });
    setPage(`<main id="crm"><table><tr data-callback-request-id="${REQUEST}"><td>Sara</td><td>08-123 456 78</td></tr></table></main>`);
    const before = pageText(document.getElementById('crm')!);
    await start();
    expect(namesIn()).toEqual(['Callback call 08-123 456 78']);
    expect(hostsIn()[0]!.dataset).toMatchObject({ evcbNumber: '+46812345678', evcbCallbackRequestId: REQUEST });
    expect(pageText(document.getElementById('crm')!)).toBe(before);
  });

  it('sends nothing for a synthetic click', async () => {
    setPage('<p>040 123 4567</p>');
    await start();
    buttonOf(hostsIn()[0]!).click();
    await settle();
    // Only the start-up question about my open requests went out: no call.
    expect(send.mock.calls.map(([type]) => type)).toEqual(['callbacks.openNumbers']);
    expect(hostsIn()[0]!.dataset.evcbState).toBe('idle');
  });

  it('re-reads numbers when the default country setting changes', async () => {
    setPage('<p>070 123 45 67</p>');
    await start();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).not.toContain('+46701234567');
    // As in the browser: the change is stored first, then announced (the script reads what is in force).
    setStoredSettings({ defaultCountry: 'SE' });
    browser.storage.onChanged.emit({ settings: { newValue: { defaultCountry: 'SE' } } }, 'local');
    browser.storage.onChanged.emit({ other: { newValue: 1 } }, 'local');
    await drain();
    expect(hostsIn().map((host) => host.dataset.evcbNumber)).toEqual(['+46701234567']);
  });

  it('removes its controls quietly when the extension context is invalidated', async () => {
    setPage('<p>040 123 4567</p><div id="more"></div>');
    const script = await start();
    expect(hostsIn()).toHaveLength(1);
    browser.runtime.id = undefined;
    document.getElementById('more')!.textContent = '09 1234 5678';
    await drain();
    expect(hostsIn()).toHaveLength(0);
    expect(script.signal.aborted).toBe(true);
    expect(browser.runtime.onMessage.listeners.size).toBe(0);
    expect(browser.storage.onChanged.listeners.size).toBe(0);
  });

  it('tears down on request: controls, observers and listeners', async () => {
    setPage('<p>040 123 4567</p><p>09 1234 5678</p>');
    const script = await start();
    expect(hostsIn()).toHaveLength(2);
    script.teardown();
    expect(hostsIn()).toHaveLength(0);
    document.body.append('Call +358 50 123 4567');
    await drain();
    expect(hostsIn()).toHaveLength(0);
    expect(browser.runtime.onMessage.listeners.size).toBe(0);
  });

  it('takes over from an older instance in the same document', async () => {
    setPage('<p>040 123 4567</p>');
    const first = await start();
    const second = await start();
    expect(first.signal.aborted).toBe(true);
    expect(second.signal.aborted).toBe(false);
    expect(hostsIn()).toHaveLength(1);
  });

  it('removes what an instance that died without hearing the takeover left in the page', async () => {
    // A dead instance's inline control, and its overlay layer with the cell that owned its control.
    setPage(`
      <p id="inline">Call <evcb-call data-evcb-number="+358401234567"></evcb-call></p>
      <div id="box">
        <evcb-layer><evcb-plane><evcb-group><evcb-call id="evcb-old-1"></evcb-call></evcb-group></evcb-plane></evcb-layer>
        <table><tr><td id="owner" aria-owns="page-own evcb-old-1">no number here</td></tr></table>
      </div>`);
    await start();
    expect(document.querySelectorAll('evcb-call, evcb-layer')).toHaveLength(0);
    // The page's own aria-owns id stays.
    expect(document.getElementById('owner')!.getAttribute('aria-owns')).toBe('page-own');
  });
});
