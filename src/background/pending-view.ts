// A queued outcome → what the popup shows of it.
import type { PendingOutcomeView } from '../shared/messages/workspace-contract';
import type { PendingOutcome } from './outcome-queue';

export function toPendingView(item: PendingOutcome): PendingOutcomeView {
  return {
    id: item.id,
    requestId: item.requestId,
    result: item.result,
    note: item.note,
    tagIds: item.tagIds,
    state: item.state,
    tries: item.tries,
    createdAt: new Date(item.createdAt).toISOString(),
    ...(item.lastError ? { lastError: item.lastError } : {}),
    ...(item.state === 'pending' && item.tries > 0 ? { nextTryAt: new Date(item.nextTryAt).toISOString() } : {}),
    ...(item.contactName ? { contactName: item.contactName } : {}),
    ...(item.number ? { number: item.number } : {}),
  };
}
