// My requests, most urgent first.
import type { CallbackRequestView } from '../../shared/messages/contract';
import { sortByUrgency } from '../sort-by-urgency';
import { RequestRow } from './request-row';

interface Props {
  requests: readonly CallbackRequestView[];
  now: number;
}

export function RequestList({ requests, now }: Props) {
  if (requests.length === 0) return <p class="empty">No callback requests are assigned to you.</p>;
  return (
    <ul class="requests" aria-labelledby="requests-heading">
      {sortByUrgency(requests, now).map((request) => (
        <RequestRow key={request.id} request={request} now={now} />
      ))}
    </ul>
  );
}
