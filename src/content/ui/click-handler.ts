// What a click on a call control does. Kept apart from the DOM wiring so the trusted path can be
// unit tested with a fake event (jsdom's el.click() is never trusted).
import type { CallChannelSetting } from '../../shared/calls/channels';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { sendToBackground } from '../../shared/messages/send';
import type { CallControl } from './call-control';
import type { MenuChoice } from './channel-menu';
import type { ProgressRouter } from './progress-router';

export interface ClickDeps {
  send: typeof sendToBackground;
  router: ProgressRouter;
  pageUrl: () => string;
  newClickId: () => string;
  /** Called when the extension was reloaded or removed under this page. */
  onContextInvalidated: () => void;
  /** The channel setting; "ask" makes a plain click open the channel menu instead of calling. */
  channelSetting?: () => CallChannelSetting;
  openMenu?: (control: CallControl) => void;
}

export type ClickEventLike = Pick<Event, 'isTrusted' | 'preventDefault' | 'stopPropagation'>;

/** Starts a call for a trusted click; ignores synthetic clicks and clicks while a call is running. */
export async function handleControlClick(event: ClickEventLike, control: CallControl, deps: ClickDeps, choice?: MenuChoice): Promise<void> {
  // Page scripts can click our button; only the agent's own click may place a call.
  if (!event.isTrusted) return;
  // The control may sit inside a clickable row or link: the click is ours alone.
  event.preventDefault();
  event.stopPropagation();
  if (control.busy) return;
  if (!choice && deps.openMenu && deps.channelSetting?.() === 'ask') return deps.openMenu(control);
  const clickId = deps.newClickId();
  control.activeClickId = clickId;
  deps.router.track(clickId, control);
  // The message leaves before the control redraws: the click's request does not wait for the page.
  const answer = deps.send('call.start', {
    number: control.target.e164,
    callbackRequestId: control.target.callbackRequestId,
    callbackListId: control.target.callbackListId,
    pageUrl: deps.pageUrl(),
    clickId,
    ...(choice?.channel ? { channel: choice.channel } : {}),
    ...(choice?.direct ? { direct: true } : {}),
  });
  control.setState('resolving');
  try {
    const result = await answer;
    if (isCurrent(control, clickId)) control.setState('placed', result?.kind === 'direct' && control.kind === 'callback' ? t('control_direct_placed') : undefined);
  } catch (error) {
    if (isContextInvalidated(error)) return deps.onContextInvalidated();
    const appError = toAppError(error);
    const reason = appError.code === 'internal' ? await afterLostAnswer(deps, clickId, appError.message) : appError.message;
    if (isCurrent(control, clickId)) control.setState('failed', reason);
  } finally {
    deps.router.forget(clickId);
    if (control.activeClickId === clickId) control.activeClickId = undefined;
  }
}

/**
 * The background stopped before answering (the service worker was restarted mid-flow). Asking again
 * wakes it; it has marked the flow failed and says why. It never resumes the flow.
 */
async function afterLostAnswer(deps: ClickDeps, clickId: string, fallback: string): Promise<string> {
  try {
    const status = await deps.send('call.status', { clickId });
    if (status?.state === 'failed' && status.message) return status.message;
    if (status?.state === 'placed') return t('control_confirmation_lost');
    if (status === null) return t('control_restarted');
  } catch {
    // Still no background: the first error says what to do.
  }
  return fallback;
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
