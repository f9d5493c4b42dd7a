// API callback request → what the UI shows. UI code never sees raw API JSON.
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import type { CallbackRequestView } from '../shared/messages/contract';
import { isExpired } from './request-rules';

export function toRequestView(request: ApiCallbackRequest, now: number): CallbackRequestView {
  const optional = {
    contactName: request.ContactName ?? undefined,
    note: request.Note ?? undefined,
    dueTime: request.DueTime ?? undefined,
    expiryTime: request.ExpiryTime ?? undefined,
    lastResult: request.LastResult ?? undefined,
  };
  return {
    id: request.Id,
    listId: request.CallbackListId,
    listName: request.CallbackListName ?? 'Callback list',
    number: request.ContactNumber,
    createdTime: request.CreatedTime,
    attemptCount: request.AttemptCount,
    hasVoicemail: request.HasVoicemail,
    isClosed: request.IsClosed,
    isExpired: isExpired(request, now),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
  };
}
