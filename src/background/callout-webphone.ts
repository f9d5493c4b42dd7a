// The webphone channel seen from the background: the content script of the tab that asked runs the
// activation and the call through the page's `<webrtc-client-ui>` (see content/webphone/).
import type { Activation } from '../shared/api/calls';
import { AppError } from '../shared/errors';
import { t } from '../shared/i18n';
import { webphoneReplySchema, type WebphonePlace } from '../shared/messages/webphone-contract';
import { tabOf, type ChannelDriver, type PlaceTarget, type TabPort } from './callout-channels';

/** How long the page may take beyond the window before we stop waiting for its answer. */
const ANSWER_GRACE_MS = 2_000;

export function webphoneDriver(tabs: TabPort): ChannelDriver {
  const place = async (target: PlaceTarget, activation: Activation | undefined, windowMs: number) => {
    const tabId = await tabOf(target.requester, tabs);
    const frameId = target.requester.from === 'content' ? target.requester.frameId : 0;
    const message: WebphonePlace = {
      command: 'webphone.place',
      e164: target.e164,
      windowMs,
      ...(activation
        ? { activation: { TargetNumber: activation.targetNumber, CallbackRequestId: activation.callbackRequestId, CallbackListId: activation.callbackListId } }
        : {}),
    };
    const deadline = rejectAfter(windowMs + ANSWER_GRACE_MS);
    const answer = await Promise.race([tabs.send(tabId, frameId, message).catch(() => undefined), deadline.promise]).finally(deadline.cancel);
    const reply = webphoneReplySchema.safeParse(answer);
    if (!reply.success) {
      throw new AppError('no-webphone', t('callout_webphone_silent'));
    }
    if (!reply.data.ok) throw new AppError(reply.data.error.code, reply.data.error.message);
    return { gapMs: reply.data.gapMs ?? 0 };
  };
  return {
    where: 'in the webphone',
    async call(target) {
      await place(target, undefined, 10_000);
    },
    activateAndCall: (target, activation, windowMs) => place(target, activation, windowMs),
  };
}

// The window's own signal is not used here: the page enforces the window; this only stops waiting.
function rejectAfter(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    const fail = () => reject(new AppError('timeout', t('callout_webphone_slow')));
    timer = setTimeout(fail, ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}
