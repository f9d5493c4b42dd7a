// One callback request: number, contact, details, and its Call control.
import type { CallbackRequestView } from '../../shared/messages/contract';
import { formatForDisplay } from '../format-number';
import { unavailableReason } from '../request-status';
import { CallControl } from './call-control';
import { RequestDetails } from './request-details';

interface Props {
  request: CallbackRequestView;
  now: number;
}

function domId(requestId: string, part: string): string {
  return `request-${requestId.replace(/[^\w-]/g, '_')}-${part}`;
}

export function RequestRow({ request, now }: Props) {
  const displayNumber = formatForDisplay(request.number);
  const reason = unavailableReason(request, now);
  const ids = { contact: domId(request.id, 'contact'), list: domId(request.id, 'list'), reason: domId(request.id, 'reason') };
  const describedBy = [request.contactName ? ids.contact : ids.list, reason ? ids.reason : undefined].filter(Boolean).join(' ');
  return (
    <li class={`request${reason ? ' unavailable' : ''}`} data-request-id={request.id}>
      <div class="request-head">
        <span class="number">{displayNumber}</span>
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
      <CallControl request={request} displayNumber={displayNumber} describedBy={describedBy} disabled={reason !== undefined} />
    </li>
  );
}
