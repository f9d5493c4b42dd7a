// What a click on a call control does. Kept apart from the DOM wiring so the trusted path can be
// unit tested with a fake event (jsdom's el.click() is never trusted).
import { toAppError } from '../../shared/errors';
import type { sendToBackground } from '../../shared/messages/send';
import type { CallControl } from './call-control';
import type { ProgressRouter } from './progress-router';

export interface ClickDeps {
  send: typeof sendToBackground;
  router: ProgressRouter;
  pageUrl: () => string;
  newClickId: () => string;
  /** Called when the extension was reloaded or removed under this page. */
  onContextInvalidated: () => void;
}

export type ClickEventLike = Pick<Event, 'isTrusted' | 'preventDefault' | 'stopPropagation'>;

/** Starts a call for a trusted click; ignores synthetic clicks and clicks while a call is running. */
export async function handleControlClick(event: ClickEventLike, control: CallControl, deps: ClickDeps): Promise<void> {
  // Page scripts can click our button; only the agent's own click may place a call.
  if (!event.isTrusted) return;
  // The control may sit inside a clickable row or link: the click is ours alone.
  event.preventDefault();
  event.stopPropagation();
  if (control.busy) return;
  const clickId = deps.newClickId();
  control.activeClickId = clickId;
  control.setState('resolving');
  deps.router.track(clickId, control);
  try {
    await deps.send('call.start', {
      number: control.target.e164,
      callbackRequestId: control.target.callbackRequestId,
      callbackListId: control.target.callbackListId,
      pageUrl: deps.pageUrl(),
      clickId,
    });
    if (isCurrent(control, clickId)) control.setState('placed');
  } catch (error) {
    if (isContextInvalidated(error)) return deps.onContextInvalidated();
    if (isCurrent(control, clickId)) control.setState('failed', toAppError(error).message);
  } finally {
    deps.router.forget(clickId);
    if (control.activeClickId === clickId) control.activeClickId = undefined;
  }
}

// A progress event may already have finished this call; a newer call must not be overwritten.
function isCurrent(control: CallControl, clickId: string): boolean {
  return control.activeClickId === clickId || control.activeClickId === undefined;
}

export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /extension context invalidated/i.test(message);
}

/** A unique id per click; crypto.randomUUID needs a secure context, which intranet CRMs may not be. */
export function newClickId(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
