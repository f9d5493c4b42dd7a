// The Call button of one request and what became of the call. With the call-channel setting "ask
// each time", the button opens the channel choice (channel-choice.tsx) instead of calling at once.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { CallbackRequestView } from '../../shared/messages/contract';
import { useCall } from '../use-call';
import { useCallChannelSetting } from '../use-call-channel';
import { ChannelChoice, type ChannelPick } from './channel-choice';

interface Props {
  request: CallbackRequestView;
  displayNumber: string;
  /** Ids of the elements that describe the request (contact name first). */
  describedBy: string | undefined;
  disabled: boolean;
  /** -1 outside the active row (roving focus: arrow keys move between rows). */
  tabIndex?: number;
}

// The same id scheme as the row's own parts (request-row.tsx), without importing the row.
const partId = (requestId: string, part: string) => `request-${requestId.replace(/[^\w-]/g, '_')}-${part}`;

export function CallControl({ request, displayNumber, describedBy, disabled, tabIndex }: Props) {
  const { view, start } = useCall(request);
  const ask = useCallChannelSetting() === 'ask';
  const [choosing, setChoosing] = useState(false);
  const busy = view.phase === 'busy';
  const menuId = partId(request.id, 'channels');
  const buttonId = partId(request.id, 'call');
  const close = (refocus: boolean) => {
    setChoosing(false);
    if (refocus) document.getElementById(buttonId)?.focus();
  };
  const pick = (choice: ChannelPick) => {
    close(true);
    void start(choice);
  };
  return (
    <div class="call-control">
      <button
        id={buttonId}
        type="button"
        class="call-button"
        aria-label={t('call_number', displayNumber)}
        aria-describedby={describedBy}
        aria-busy={busy ? 'true' : undefined}
        aria-haspopup={ask ? 'menu' : undefined}
        aria-expanded={ask ? choosing : undefined}
        aria-controls={ask && choosing ? menuId : undefined}
        disabled={disabled || busy}
        tabIndex={tabIndex}
        onClick={() => (ask ? setChoosing(!choosing) : void start())}
      >
        {busy ? t('call_state_calling') : t('call_button')}
      </button>
      {ask && choosing ? <ChannelChoice id={menuId} label={t('call_number', displayNumber)} onPick={pick} onClose={close} /> : null}
      <p role="status" class={`call-status ${view.phase}`}>
        {view.phase === 'busy' || view.phase === 'placed' ? view.text : ''}
      </p>
      {view.phase === 'failed' ? (
        <p role="alert" class="call-error">
          {view.text}
        </p>
      ) : null}
    </div>
  );
}
