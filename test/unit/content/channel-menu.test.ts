/** @jest-environment jsdom */
// Issue 5: the control's channel menu: a real menu for the keyboard, a per-click choice, and
// "ask each time" opening it instead of calling.
import './mock-extension';
import { createCallControl } from '../../../src/content/ui/call-control';
import { closeChannelMenu, isMenuOpen, openChannelMenu, type MenuChoice } from '../../../src/content/ui/channel-menu';
import { handleControlClick } from '../../../src/content/ui/click-handler';
import { LIST, REQUEST, setup, trusted } from './control-setup';
import { fakeBrowser } from './page-helpers';

const { resetFakeBrowser } = fakeBrowser();
beforeEach(() => resetFakeBrowser());
afterEach(() => {
  document.body.innerHTML = '';
});

const items = (root: ShadowRoot) => [...root.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

describe('the channel menu', () => {
  it('lists the channels and, on a callback control, the direct-call choices; arrows move, Escape returns focus', () => {
    const { control } = setup();
    const picks: MenuChoice[] = [];
    openChannelMenu(control, (_event, choice) => void picks.push(choice));
    const menu = control.root.querySelector('[role="menu"]')!;
    expect(menu.getAttribute('aria-label')).toBe('Call 040 123 4567');
    expect(items(control.root).map((item) => item.textContent)).toEqual([
      'Callback call: Mobile', 'Callback call: Webphone', 'Callback call: Softphone',
      'Call as direct call: Mobile', 'Call as direct call: Webphone', 'Call as direct call: Softphone',
    ]);
    expect(control.button.getAttribute('aria-expanded')).toBe('true');
    expect(control.root.activeElement?.textContent).toBe('Callback call: Mobile');
    key(menu, 'ArrowUp');
    expect(control.root.activeElement?.textContent).toBe('Call as direct call: Softphone');
    key(menu, 'Home');
    key(menu, 'ArrowDown');
    items(control.root)[1]!.click();
    expect(picks).toEqual([{ channel: 'webphone' }]);
    expect(isMenuOpen(control)).toBe(false);
    openChannelMenu(control, () => undefined);
    key(control.root.querySelector('[role="menu"]')!, 'Escape');
    expect(isMenuOpen(control)).toBe(false);
    expect(control.button.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers no direct-call choice on a plain control', () => {
    const plain = createCallControl(document, { shown: '09 1234 5678', e164: '+358912345678' }, () => undefined);
    document.body.append(plain.host);
    openChannelMenu(plain, () => undefined);
    expect(items(plain.root).map((item) => item.textContent)).toEqual(['Call: Mobile', 'Call: Webphone', 'Call: Softphone']);
    closeChannelMenu(plain);
  });

  it('"ask each time": a trusted click opens the menu instead of calling; the choice goes with call.start', async () => {
    const { control, deps } = setup();
    deps.channelSetting = () => 'ask';
    deps.openMenu = (c) => openChannelMenu(c, (event, choice) => void handleControlClick(trusted(), c, deps, choice));
    await handleControlClick(trusted(), control, deps);
    expect(deps.send).not.toHaveBeenCalled();
    expect(isMenuOpen(control)).toBe(true);
    items(control.root)[3]!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(deps.send).toHaveBeenCalledWith('call.start', expect.objectContaining({ callbackRequestId: REQUEST, callbackListId: LIST, channel: 'mobile', direct: true }));
  });

  it('asks the background where the call stands when its answer was lost (worker restart)', async () => {
    const { control, deps, status } = setup();
    (deps.send as jest.Mock)
      .mockRejectedValueOnce(Object.assign(new Error('x'), { name: 'AppError', code: 'internal' }))
      .mockResolvedValueOnce({ state: 'failed', message: 'The extension restarted while the call was being placed.' });
    await handleControlClick(trusted(), control, deps);
    expect(deps.send).toHaveBeenLastCalledWith('call.status', { clickId: 'click-1' });
    expect(status().textContent).toBe('Call failed: The extension restarted while the call was being placed.');
  });
});
