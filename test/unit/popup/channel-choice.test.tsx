/** @jest-environment jsdom */
// The popup's per-call channel choice when the call-channel setting is "ask each time" (issue 5).
import './helpers/mock-extension';
import { act } from 'preact/test-utils';
import type { CallResult } from '../../../src/shared/messages/contract';
import { sendToBackground } from '../../../src/shared/messages/send';
import { loadSettings, DEFAULT_SETTINGS, type Settings } from '../../../src/shared/storage/settings';
import { setLanguage } from '../../../src/shared/i18n';
import { RequestList } from '../../../src/popup/components/request-list';
import { buttonNamed, click, mount, settle, unmountAll } from './helpers/dom';
import { makeRequest } from './helpers/fixtures';
import fi from '../../../_locales/fi/messages.json';

const send = sendToBackground as jest.Mock;
const settings = loadSettings as jest.Mock;
const REQUEST = makeRequest({ id: 'cbr-7', listId: 'list-3', number: '+46701234567', contactName: 'Sara Svensson' });
const RESULT: CallResult = { kind: 'callback', e164: '+46701234567', callbackRequestId: 'cbr-7', callbackListId: 'list-3' };

async function renderRow(callChannel: Settings['callChannel']) {
  settings.mockResolvedValue({ ...DEFAULT_SETTINGS, callChannel });
  const root = await mount(<RequestList now={Date.now()} requests={[REQUEST]} />);
  return { root, button: buttonNamed(root, 'Call +46 70 123 45 67') };
}

// The Finnish catalog's own words for the first choice (callback call on the mobile).
const FI_FIRST = `${fi.control_menu_callback.message.replace('$1', fi.channel_mobile.message)}`;

const items = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('[role="menu"] [role="menuitem"]')];

async function press(key: string): Promise<void> {
  await act(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await settle();
}

beforeEach(() => send.mockResolvedValue(RESULT));
afterEach(async () => {
  await unmountAll();
  send.mockReset();
  settings.mockReset();
  setLanguage('en');
});

describe('Call from the popup with "ask each time"', () => {
  it('offers the control menu’s choices instead of calling at once', async () => {
    const { root, button } = await renderRow('ask');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    await click(button);
    expect(send).not.toHaveBeenCalled();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('[role="menu"]')?.getAttribute('aria-label')).toBe('Call +46 70 123 45 67');
    expect(items(root).map((item) => item.textContent)).toEqual([
      'Callback call: Mobile',
      'Callback call: Webphone',
      'Callback call: Softphone',
      'Call as direct call: Mobile',
      'Call as direct call: Webphone',
      'Call as direct call: Softphone',
    ]);
    expect(document.activeElement).toBe(items(root)[0]);
  });

  it('is worked with the keyboard: arrows move, Enter on a choice calls through that channel', async () => {
    const { root, button } = await renderRow('ask');
    await click(button);
    await press('ArrowDown');
    expect(document.activeElement).toBe(items(root)[1]);
    await press('End');
    expect(document.activeElement).toBe(items(root)[5]);
    await press('ArrowDown');
    expect(document.activeElement).toBe(items(root)[0]);
    await press('ArrowUp');
    await press('ArrowUp');
    // A button's Enter is its click.
    await click(document.activeElement as HTMLButtonElement);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith('call.start', expect.objectContaining({ callbackRequestId: 'cbr-7', channel: 'webphone', direct: true }));
    expect(items(root)).toHaveLength(0);
    expect(document.activeElement).toBe(button);
  });

  it('sends the chosen channel for a callback call', async () => {
    const { root, button } = await renderRow('ask');
    await click(button);
    await click(items(root)[2]!);
    expect(send).toHaveBeenCalledWith('call.start', expect.objectContaining({ channel: 'softphone' }));
    expect(send.mock.calls[0][1]).not.toHaveProperty('direct');
  });

  it('closes on Escape without calling and gives the focus back to Call', async () => {
    const { root, button } = await renderRow('ask');
    await click(button);
    await press('Escape');
    expect(items(root)).toHaveLength(0);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    expect(send).not.toHaveBeenCalled();
  });

  it('calls at once, without a menu, when a channel is set', async () => {
    const { root, button } = await renderRow('softphone');
    expect(button.hasAttribute('aria-haspopup')).toBe(false);
    await click(button);
    expect(items(root)).toHaveLength(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][1]).not.toHaveProperty('channel');
  });

  it('speaks the agent’s language', async () => {
    setLanguage('fi');
    settings.mockResolvedValue({ ...DEFAULT_SETTINGS, callChannel: 'ask' });
    const root = await mount(<RequestList now={Date.now()} requests={[REQUEST]} />);
    await click(root.querySelector<HTMLButtonElement>('.call-button')!);
    const labels = items(root).map((item) => item.textContent);
    expect(labels).toHaveLength(6);
    expect(labels[0]).toBe(FI_FIRST);
  });
});
