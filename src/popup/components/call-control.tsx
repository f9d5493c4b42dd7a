// The Call button of one request and what became of the call.
import { t } from '../../shared/i18n';
import type { CallbackRequestView } from '../../shared/messages/contract';
import { useCall } from '../use-call';

interface Props {
  request: CallbackRequestView;
  displayNumber: string;
  /** Ids of the elements that describe the request (contact name first). */
  describedBy: string | undefined;
  disabled: boolean;
  /** -1 outside the active row (roving focus: arrow keys move between rows). */
  tabIndex?: number;
}

export function CallControl({ request, displayNumber, describedBy, disabled, tabIndex }: Props) {
  const { view, start } = useCall(request);
  const busy = view.phase === 'busy';
  return (
    <div class="call-control">
      <button
        type="button"
        class="call-button"
        aria-label={t('call_number', displayNumber)}
        aria-describedby={describedBy}
        aria-busy={busy ? 'true' : undefined}
        disabled={disabled || busy}
        tabIndex={tabIndex}
        onClick={() => void start()}
      >
        {busy ? t('call_state_calling') : t('call_button')}
      </button>
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
