// The control's small channel menu (issue 5): a per-click choice of mobile / webphone / softphone,
// and "Call as direct call" on a callback control. It lives in the control's shadow root, is a real
// menu for keyboards and screen readers (arrow keys, Home/End, Escape returns focus to the button),
// and closes on any click elsewhere. Nothing is activated while it is open: the activation and its
// 10-second window start only after a choice, so a menu left open cannot break the window.
import type { PlaceChannel } from '../../shared/calls/channels';
import { t, type MessageKey } from '../../shared/i18n';
import type { CallControl } from './call-control';

export interface MenuChoice {
  channel?: PlaceChannel;
  direct?: boolean;
}

export type MenuPick = (event: Event, choice: MenuChoice) => void;

const CHANNEL_ORDER: readonly PlaceChannel[] = ['mobile', 'webphone', 'softphone'];
const CHANNEL_KEYS: Record<PlaceChannel, MessageKey> = { mobile: 'channel_mobile', webphone: 'channel_webphone', softphone: 'channel_softphone' };

export function openChannelMenu(control: CallControl, onPick: MenuPick): void {
  closeChannelMenu(control);
  const doc = control.host.ownerDocument;
  const menu = doc.createElement('div');
  menu.className = 'menu';
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', t('call_number', control.target.shown));
  const items: HTMLButtonElement[] = [];
  const add = (label: string, choice: MenuChoice) => {
    const item = doc.createElement('button');
    item.type = 'button';
    item.setAttribute('role', 'menuitem');
    item.tabIndex = -1;
    item.textContent = label;
    item.addEventListener('click', (event) => {
      closeChannelMenu(control);
      control.button.focus();
      onPick(event, choice);
    });
    items.push(item);
    menu.append(item);
  };
  const itemKey = control.kind === 'callback' ? 'control_menu_callback' : 'control_menu_call';
  for (const channel of CHANNEL_ORDER) add(t(itemKey, t(CHANNEL_KEYS[channel])), { channel });
  if (control.kind === 'callback') {
    for (const channel of CHANNEL_ORDER) add(t('control_menu_direct', t(CHANNEL_KEYS[channel])), { channel, direct: true });
  }
  menu.addEventListener('keydown', (event) => onMenuKey(event, control, items));
  control.root.append(menu);
  control.button.setAttribute('aria-expanded', 'true');
  items[0]?.focus();
  // A click outside the control closes the menu (our own clicks stop at the host).
  const outside = (event: Event) => {
    if (!event.composedPath().includes(control.host)) closeChannelMenu(control);
  };
  doc.addEventListener('mousedown', outside, true);
  menuCleanups.set(control, () => doc.removeEventListener('mousedown', outside, true));
}

const menuCleanups = new WeakMap<CallControl, () => void>();

export function closeChannelMenu(control: CallControl): void {
  control.root.querySelector('.menu')?.remove();
  control.button.setAttribute('aria-expanded', 'false');
  menuCleanups.get(control)?.();
  menuCleanups.delete(control);
}

export function isMenuOpen(control: CallControl): boolean {
  return control.root.querySelector('.menu') !== null;
}

function onMenuKey(event: KeyboardEvent, control: CallControl, items: HTMLButtonElement[]): void {
  const at = items.indexOf(control.root.activeElement as HTMLButtonElement);
  const focus = (index: number) => items[(index + items.length) % items.length]?.focus();
  const keys: Record<string, () => void> = {
    ArrowDown: () => focus(at + 1),
    ArrowUp: () => focus(at - 1),
    Home: () => focus(0),
    End: () => focus(items.length - 1),
    Escape: () => (closeChannelMenu(control), control.button.focus()),
    Tab: () => closeChannelMenu(control),
  };
  const action = keys[event.key];
  if (!action) return;
  if (event.key !== 'Tab') event.preventDefault();
  event.stopPropagation();
  action();
}
