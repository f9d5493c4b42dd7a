// One row's call: sends `call.start` once per click, follows `call.progress` for its clickId and
// ends with the background's answer. A second click while a call is in flight does nothing.
import { useRef, useState } from 'preact/hooks';
import type { PlaceChannel } from '../shared/calls/channels';
import { toAppError } from '../shared/errors';
import { t, type MessageKey } from '../shared/i18n';
import type { CallbackRequestView, CallProgress, CallResult, CallState } from '../shared/messages/contract';
import { sendToBackground } from '../shared/messages/send';
import { useBroadcasts } from '../shared/ui/use-broadcasts';
import { newClickId } from './click-id';

export type CallView =
  | { phase: 'idle' }
  | { phase: 'busy'; text: string }
  | { phase: 'placed'; text: string }
  | { phase: 'failed'; text: string };

const STATE_TEXT: Record<CallState, MessageKey> = {
  resolving: 'call_state_resolving',
  activating: 'call_state_activating',
  calling: 'call_state_calling',
  placed: 'call_state_placed',
  failed: 'call_state_failed',
};

export function progressText(progress: Pick<CallProgress, 'state' | 'message'>): string {
  return progress.message ?? t(STATE_TEXT[progress.state]);
}

export function resultText(result: CallResult): string {
  return result.kind === 'callback' ? t('call_callback_placed') : t('call_state_placed');
}

/** A per-call channel (the popup's choice when the setting is "ask each time"); else the setting's. */
export interface CallChoice {
  channel?: PlaceChannel;
  direct?: boolean;
}

export function useCall(request: CallbackRequestView): { view: CallView; start: (choice?: CallChoice) => Promise<void> } {
  const [view, setView] = useState<CallView>({ phase: 'idle' });
  const inFlight = useRef<string | undefined>(undefined);
  useBroadcasts((broadcast) => {
    if (broadcast.event !== 'call.progress' || broadcast.clickId !== inFlight.current) return;
    setView({ phase: 'busy', text: progressText(broadcast) });
  });
  const start = async (choice: CallChoice = {}) => {
    if (inFlight.current) return;
    const clickId = newClickId();
    inFlight.current = clickId;
    setView({ phase: 'busy', text: t(STATE_TEXT.resolving) });
    try {
      const payload = {
        number: request.number,
        callbackRequestId: request.id,
        callbackListId: request.listId,
        clickId,
        ...(choice.channel ? { channel: choice.channel } : {}),
        ...(choice.direct ? { direct: true } : {}),
      };
      setView({ phase: 'placed', text: resultText(await sendToBackground('call.start', payload)) });
    } catch (error) {
      setView({ phase: 'failed', text: toAppError(error).message });
    } finally {
      inFlight.current = undefined;
    }
  };
  return { view, start };
}
