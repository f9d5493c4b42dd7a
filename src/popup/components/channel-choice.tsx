// The popup's per-call channel choice (issue 5), shown when the call-channel setting is "ask each
// time": the same choices and words as the control's menu on the page (content/ui/channel-menu.ts),
// a real menu for keyboards and screen readers (arrow keys, Home/End, Escape returns to the button).
import { useEffect, useRef } from 'preact/hooks';
import type { PlaceChannel } from '../../shared/calls/channels';
import { t, type MessageKey } from '../../shared/i18n';

export interface ChannelPick {
  channel: PlaceChannel;
  direct?: boolean;
}

const CHANNEL_ORDER: readonly PlaceChannel[] = ['mobile', 'webphone', 'softphone'];
const CHANNEL_KEYS: Record<PlaceChannel, MessageKey> = { mobile: 'channel_mobile', webphone: 'channel_webphone', softphone: 'channel_softphone' };

/** Every choice for a callback request, in the control's order: callback calls, then direct calls. */
export const CHOICES: readonly ChannelPick[] = [
  ...CHANNEL_ORDER.map((channel) => ({ channel })),
  ...CHANNEL_ORDER.map((channel) => ({ channel, direct: true })),
];

export function choiceLabel(choice: ChannelPick): string {
  return t(choice.direct ? 'control_menu_direct' : 'control_menu_callback', t(CHANNEL_KEYS[choice.channel]));
}

interface Props {
  id: string;
  label: string;
  onPick: (choice: ChannelPick) => void;
  /** Escape, Tab or a click elsewhere: closed without a call; `refocus` returns focus to the button. */
  onClose: (refocus: boolean) => void;
}

export function ChannelChoice({ id, label, onPick, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  useEffect(() => {
    items()[0]?.focus();
    const outside = (event: MouseEvent) => {
      const host = menu.current?.parentElement;
      if (host && !event.composedPath().includes(host)) onClose(false);
    };
    document.addEventListener('mousedown', outside, true);
    return () => document.removeEventListener('mousedown', outside, true);
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (index: number) => all[(index + all.length) % all.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => focus(at + 1),
      ArrowUp: () => focus(at - 1),
      Home: () => focus(0),
      End: () => focus(all.length - 1),
      Escape: () => onClose(true),
      Tab: () => onClose(false),
    };
    const action = keys[event.key];
    if (!action) return;
    if (event.key !== 'Tab') event.preventDefault();
    // The request list moves between rows with the same keys.
    event.stopPropagation();
    action();
  };
  return (
    <div ref={menu} id={id} class="channel-choice" role="menu" aria-label={label} onKeyDown={onKeyDown}>
      {CHOICES.map((choice) => (
        <button key={`${choice.channel}-${choice.direct ? 'direct' : 'callback'}`} type="button" role="menuitem" tabIndex={-1} onClick={() => onPick(choice)}>
          {choiceLabel(choice)}
        </button>
      ))}
    </div>
  );
}
