// One callback request: number (formatted and E.164), contact, details, note, an outcome not yet
// saved, and its actions: Call, Outcome, Give back. Memoised: typing in the search box or a tick of
// the clock re-renders only the rows whose props changed.
import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { toAppError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { CallbackRequestView } from '../../shared/messages/contract';
import type { ClassificationView } from '../../shared/messages/workspace-contract';
import { sendToBackground } from '../../shared/messages/send';
import { useAnnounce } from '../announce';
import { unavailableReason } from '../request-status';
import { CallControl } from './call-control';
import { OutcomeForm } from './outcome-form';
import { PendingOutcome } from './pending-outcome';
import { RequestDetails } from './request-details';
import { ErrorAlert } from './error-alert';

export interface RowProps {
  request: CallbackRequestView;
  now: number;
  /** Place in the (filtered) list, for screen readers: only some rows are rendered. */
  position?: { index: number; of: number };
  /** The row the arrow keys are on: only its buttons are in the Tab order. */
  active?: boolean;
  outcomeOpen?: boolean;
  /** Focus the outcome form when it opens (the agent is working this row). */
  focusOutcome?: boolean;
  classification?: ClassificationView | undefined;
  onOutcome?: (requestId: string, open: boolean) => void;
}

export function domId(requestId: string, part: string): string {
  return `request-${requestId.replace(/[^\w-]/g, '_')}-${part}`;
}

function RequestRowView({ request, now, position, active = true, outcomeOpen = false, focusOutcome = false, classification, onOutcome }: RowProps) {
  const [error, setError] = useState<string | undefined>(undefined);
  const announce = useAnnounce();
  // Formatted by the background (the popup does without libphonenumber's metadata).
  const displayNumber = request.displayNumber ?? request.number;
  const reason = unavailableReason(request, now);
  const ids = { contact: domId(request.id, 'contact'), list: domId(request.id, 'list'), reason: domId(request.id, 'reason') };
  const describedBy = [request.contactName ? ids.contact : ids.list, reason ? ids.reason : undefined].filter(Boolean).join(' ');
  const tabIndex = active ? 0 : -1;
  const who = request.contactName ?? displayNumber;
  const giveBack = async () => {
    setError(undefined);
    try {
      await sendToBackground('callbacks.giveBack', { requestId: request.id });
      announce(t('row_given_back', who, request.listName));
    } catch (caught) {
      setError(toAppError(caught).message);
    }
  };
  return (
    <li class={`request${reason ? ' unavailable' : ''}`} data-request-id={request.id} aria-posinset={position?.index} aria-setsize={position?.of}>
      <div class="request-head">
        <span class="number">{displayNumber}</span>
        {displayNumber !== request.number ? <span class="e164">{request.number}</span> : null}
        {request.contactName ? (
          <span id={ids.contact} class="contact">
            {request.contactName}
          </span>
        ) : null}
      </div>
      <RequestDetails request={request} now={now} listId={ids.list} />
      {request.note ? (
        <p class="note" title={request.note}>
          {request.note}
        </p>
      ) : null}
      {reason ? (
        <p id={ids.reason} class="unavailable-reason">
          {reason}
        </p>
      ) : null}
      {request.pendingOutcome ? <PendingOutcome pending={request.pendingOutcome} now={now} /> : null}
      <CallControl request={request} displayNumber={displayNumber} describedBy={describedBy} disabled={reason !== undefined} tabIndex={tabIndex} />
      <div class="row-actions">
        <button type="button" class="link-button" tabIndex={tabIndex} aria-expanded={outcomeOpen} aria-label={t('row_outcome_for', who)} onClick={() => onOutcome?.(request.id, !outcomeOpen)}>
          {t('row_outcome')}
        </button>
        <button type="button" class="link-button" tabIndex={tabIndex} aria-label={t('row_give_back_for', who)} onClick={() => void giveBack()}>
          {t('row_give_back')}
        </button>
      </div>
      <ErrorAlert error={error} />
      {outcomeOpen ? <OutcomeForm request={request} classification={classification} autoFocus={focusOutcome} onClose={() => onOutcome?.(request.id, false)} /> : null}
    </li>
  );
}

export const RequestRow = memo(RequestRowView);
