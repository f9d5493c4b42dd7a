// The injected call control: an inline host element with a shadow root holding a real <button>
// and a status live region. The page's text is never wrapped or changed; the host is inserted next to it.
import { kindOf, type CallKind, type CallTarget } from '../scan/call-target';
import { CONTROL_CSS, MENU_CSS } from './control-styles';
import { createPhoneIcon } from './phone-icon';
import { accessibleName, BUSY_STATES, statusText, type ControlState } from './state-text';

/** Tag of the host element; a valid custom element name, so it can carry a shadow root. */
export const HOST_TAG = 'evcb-call';

export interface CallControl {
  readonly host: HTMLElement;
  readonly target: CallTarget;
  readonly kind: CallKind;
  readonly state: ControlState;
  /** The shadow root and its button: the channel menu opens here. */
  readonly root: ShadowRoot;
  readonly button: HTMLButtonElement;
  /** True while a call started here is in progress: further clicks do nothing. */
  readonly busy: boolean;
  /** The clickId of the call in progress, so late progress events of older calls are ignored. */
  activeClickId: string | undefined;
  setState(state: ControlState, reason?: string): void;
}

export type ControlClickHandler = (event: Event, control: CallControl) => void;
/** ArrowDown or the context menu on the button: open the channel menu (issue 5). */
export type ControlMenuHandler = (event: Event, control: CallControl) => void;

export function isControlHost(node: Node): node is HTMLElement {
  return node.nodeType === 1 && (node as Element).localName === HOST_TAG;
}

export function createCallControl(doc: Document, target: CallTarget, onClick: ControlClickHandler, onMenu?: ControlMenuHandler): CallControl {
  const kind = kindOf(target);
  const host = doc.createElement(HOST_TAG);
  setHostAttributes(host, target, kind);
  // Open, so end-to-end tests and assistive tools can reach the button; page scripts that click it
  // produce untrusted events, which the click handler ignores.
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CONTROL_CSS + MENU_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', accessibleName(kind, target));
  button.title = accessibleName(kind, target);
  if (onMenu) {
    button.setAttribute('aria-haspopup', 'menu');
    button.setAttribute('aria-expanded', 'false');
  }
  button.append(createPhoneIcon(doc));
  const status = doc.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  root.append(style, button, status);

  let state: ControlState = 'idle';
  const control: CallControl = {
    host,
    target,
    kind,
    root,
    button,
    activeClickId: undefined,
    get state() {
      return state;
    },
    get busy() {
      return BUSY_STATES.has(state);
    },
    setState(next, reason) {
      state = next;
      host.setAttribute('data-evcb-state', next);
      host.toggleAttribute('data-evcb-busy', BUSY_STATES.has(next));
      status.textContent = statusText(next, kind, reason);
      status.title = status.textContent;
    },
  };
  button.addEventListener('click', (event) => onClick(event, control));
  if (onMenu) {
    button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') onMenu(event, control);
    });
    button.addEventListener('contextmenu', (event) => onMenu(event, control));
  }
  return control;
}

function setHostAttributes(host: HTMLElement, target: CallTarget, kind: CallKind): void {
  host.setAttribute('data-evcb-control', '');
  host.setAttribute('data-evcb-number', target.e164);
  host.setAttribute('data-evcb-kind', kind);
  host.setAttribute('data-evcb-state', 'idle');
  if (target.callbackRequestId) host.setAttribute('data-evcb-callback-request-id', target.callbackRequestId);
  if (target.callbackListId) host.setAttribute('data-evcb-callback-list-id', target.callbackListId);
  // Page-side translators and our own scanner leave the control alone.
  host.setAttribute('translate', 'no');
  host.setAttribute('data-evcb-ignore', '');
}
