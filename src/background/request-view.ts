// API callback request → what the UI shows. UI code never sees raw API JSON.
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import type { CallbackRequestView } from '../shared/messages/contract';
import type { PendingOutcomeView } from '../shared/messages/workspace-contract';
import { formatInternational } from '../shared/phone';
import { isExpired } from './request-rules';
import { t } from '../shared/i18n';

export interface ViewContext {
  /** My requests by lower-case id, to say which linked requests are also mine. */
  mine?: ReadonlyMap<string, ApiCallbackRequest>;
  /** When a callback call was placed for it (no outcome yet), in ms. */
  awaitingSince?: number | undefined;
  pendingOutcome?: PendingOutcomeView;
}

// Formatting parses the number: remember the answers, since the same list is viewed again and again.
const displayCache = new Map<string, string>();
function displayNumberOf(e164: string): string {
  let shown = displayCache.get(e164);
  if (shown === undefined) {
    if (displayCache.size > 5_000) displayCache.clear();
    shown = formatInternational(e164);
    displayCache.set(e164, shown);
  }
  return shown;
}

function linkedOf(request: ApiCallbackRequest, mine: ReadonlyMap<string, ApiCallbackRequest> | undefined) {
  return (request.LinkedRequestIds ?? []).map((id) => {
    const other = mine?.get(id.toLowerCase());
    return other ? { id, mine: true, listName: other.CallbackListName ?? t('list_unnamed') } : { id, mine: false };
  });
}

export function toRequestView(request: ApiCallbackRequest, now: number, context: ViewContext = {}): CallbackRequestView {
  const linked = linkedOf(request, context.mine);
  const optional = {
    contactName: request.ContactName ?? undefined,
    note: request.Note ?? undefined,
    dueTime: request.DueTime ?? undefined,
    expiryTime: request.ExpiryTime ?? undefined,
    lastResult: request.LastResult ?? undefined,
    lastAttemptTime: request.LastAttemptTime ?? undefined,
    linked: linked.length ? linked : undefined,
    awaitingOutcome: context.awaitingSince !== undefined || undefined,
    awaitingSince: context.awaitingSince === undefined ? undefined : new Date(context.awaitingSince).toISOString(),
    pendingOutcome: context.pendingOutcome,
  };
  return {
    id: request.Id,
    listId: request.CallbackListId,
    listName: request.CallbackListName ?? t('list_unnamed'),
    number: request.ContactNumber,
    displayNumber: displayNumberOf(request.ContactNumber),
    createdTime: request.CreatedTime,
    attemptCount: request.AttemptCount,
    hasVoicemail: request.HasVoicemail,
    isClosed: request.IsClosed,
    isExpired: isExpired(request, now),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}
