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

// Thousands of controls can be on a big grid (issue 4: heap growth under 10 MB): a control is one
// small object whose methods live on the prototype, and its button's listeners are shared functions
// that find their control through a WeakMap, so no control carries closures of its own.
const CSS = CONTROL_CSS + MENU_CSS;

// One constructed style sheet per document, shared by every control's shadow root: a <style>
// element per control would be parsed, matched and kept thousands of times on a big grid.
const sharedSheets = new WeakMap<Document, CSSStyleSheet | null>();

function sharedSheet(doc: Document): CSSStyleSheet | null {
  let sheet = sharedSheets.get(doc);
  if (sheet !== undefined) return sheet;
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    sheet = view && 'adoptedStyleSheets' in doc ? new view.CSSStyleSheet() : null;
    sheet?.replaceSync(CSS);
  } catch {
    // Browsers (or content-script worlds) without constructable sheets get a <style> per control.
    sheet = null;
  }
  sharedSheets.set(doc, sheet);
  return sheet;
}

function styleRoot(doc: Document, root: ShadowRoot): void {
  const sheet = sharedSheet(doc);
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sharedSheets.set(doc, null);
    }
  }
  const style = doc.createElement('style');
  style.textContent = CSS;
  root.prepend(style);
}
const controlOf = new WeakMap<EventTarget, Control>();

class Control implements CallControl {
  activeClickId: string | undefined = undefined;
  private current: ControlState = 'idle';
  constructor(
    readonly host: HTMLElement,
    readonly target: CallTarget,
    readonly kind: CallKind,
    readonly onClick: ControlClickHandler,
    readonly onMenu: ControlMenuHandler | undefined,
  ) {}
  // Looked up when needed rather than kept: every node a control keeps costs memory per control.
  get root(): ShadowRoot {
    return this.host.shadowRoot!;
  }
  get button(): HTMLButtonElement {
    return this.root.querySelector('button')!;
  }
  private get status(): HTMLElement {
    return this.root.querySelector('.status')!;
  }
  get state(): ControlState {
    return this.current;
  }
  get busy(): boolean {
    return BUSY_STATES.has(this.current);
  }
  setState(next: ControlState, reason?: string): void {
    this.current = next;
    this.host.setAttribute('data-evcb-state', next);
    this.host.toggleAttribute('data-evcb-busy', BUSY_STATES.has(next));
    const status = this.status;
    status.textContent = statusText(next, this.kind, reason);
    status.title = status.textContent;
  }
}

/** The control of the button an event is at (keyed by host: the button's wrapper is not kept). */
function controlAt(event: Event): Control | undefined {
  const root = (event.currentTarget as Node | null)?.getRootNode();
  return root instanceof ShadowRoot ? controlOf.get(root.host) : undefined;
}

function clicked(event: Event): void {
  const control = controlAt(event);
  control?.onClick(event, control);
}

function keyPressed(event: Event): void {
  const control = controlAt(event);
  if (control?.onMenu && (event as KeyboardEvent).key === 'ArrowDown') control.onMenu(event, control);
}

function contextMenu(event: Event): void {
  const control = controlAt(event);
  control?.onMenu?.(event, control);
}

// A control's parts, built once per document and cloned for each control: on a big grid a control
// is made per number, and cloning is about half the cost of building the parts one by one.
interface ControlTemplate {
  host: HTMLElement;
  content: DocumentFragment;
}
const templates = new WeakMap<Document, ControlTemplate>();

function templateFor(doc: Document): ControlTemplate {
  let template = templates.get(doc);
  if (template) return template;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-evcb-control', '');
  host.setAttribute('data-evcb-state', 'idle');
  // Page-side translators and our own scanner leave the control alone.
  host.setAttribute('translate', 'no');
  host.setAttribute('data-evcb-ignore', '');
  const button = doc.createElement('button');
  button.type = 'button';
  button.append(createPhoneIcon(doc));
  const status = doc.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const content = doc.createDocumentFragment();
  content.append(button, status);
  template = { host, content };
  templates.set(doc, template);
  return template;
}

export function createCallControl(doc: Document, target: CallTarget, onClick: ControlClickHandler, onMenu?: ControlMenuHandler): CallControl {
  const kind = kindOf(target);
  const template = templateFor(doc);
  const host = template.host.cloneNode(false) as HTMLElement;
  setHostAttributes(host, target, kind);
  // Open, so end-to-end tests and assistive tools can reach the button; page scripts that click it
  // produce untrusted events, which the click handler ignores.
  const root = host.attachShadow({ mode: 'open' });
  root.append(template.content.cloneNode(true));
  const button = root.firstElementChild as HTMLButtonElement;
  const name = accessibleName(kind, target);
  button.setAttribute('aria-label', name);
  button.title = name;
  if (onMenu) {
    button.setAttribute('aria-haspopup', 'menu');
    button.setAttribute('aria-expanded', 'false');
  }
  styleRoot(doc, root);
  const control = new Control(host, target, kind, onClick, onMenu);
  controlOf.set(host, control);
  button.addEventListener('click', clicked);
  if (onMenu) {
    button.addEventListener('keydown', keyPressed);
    button.addEventListener('contextmenu', contextMenu);
  }
  return control;
}

function setHostAttributes(host: HTMLElement, target: CallTarget, kind: CallKind): void {
  host.setAttribute('data-evcb-number', target.e164);
  host.setAttribute('data-evcb-kind', kind);
  if (target.callbackRequestId) host.setAttribute('data-evcb-callback-request-id', target.callbackRequestId);
  if (target.callbackListId) host.setAttribute('data-evcb-callback-list-id', target.callbackListId);
}
