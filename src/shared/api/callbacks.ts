// The callback-request endpoints. ASSUMED paths and bodies (shared/enreachvoice-api.md §2), kept in
// this one module so a check against a live tenant is one edit.
import * as z from 'zod';
import { apiRequest, type Credentials } from './client';
import {
  callbackListSchema,
  callbackRequestSchema,
  nextCallbackSchema,
  type ApiCallbackRequest,
  type CallbackResult,
} from './callbacks-schemas';
import { anyBodySchema } from './schemas';
import { t } from '../i18n';

const id = encodeURIComponent;

export function fetchMyCallbackRequests(credentials: Credentials, userId: string): Promise<ApiCallbackRequest[]> {
  return apiRequest(credentials, `users/${id(userId)}/callbacks/?IsClosed=false`, {
    schema: z.array(callbackRequestSchema),
    what: t('what_load_requests'),
  });
}

export function fetchCallbackRequest(credentials: Credentials, requestId: string, signal?: AbortSignal): Promise<ApiCallbackRequest> {
  return apiRequest(credentials, `callbacks/${id(requestId)}/`, {
    schema: callbackRequestSchema,
    what: t('what_read_request'),
    ...(signal ? { signal } : {}),
  });
}

export function fetchMyCallbackLists(credentials: Credentials, userId: string) {
  return apiRequest(credentials, `users/${id(userId)}/callbacklists/`, {
    schema: z.array(callbackListSchema),
    what: t('what_load_lists'),
  });
}

/** Auto-allocation [seed]: the most urgent waiting request of my lists, or null (HTTP 204). */
export function requestNextCallback(credentials: Credentials, listIds?: readonly string[]): Promise<ApiCallbackRequest | null> {
  return apiRequest(credentials, 'callbacks/auto-allocation-request', {
    method: 'POST',
    // Omitted, EnreachVoice takes from every list I serve.
    body: listIds && listIds.length > 0 ? { CallbackListIds: listIds } : {},
    schema: nextCallbackSchema,
    allowEmpty: true,
    what: t('what_get_next'),
  });
}

/** One call attempt and its result; every result but Busy and NoAnswer closes the request. */
export function recordCallbackAttempt(
  credentials: Credentials,
  requestId: string,
  attempt: { result: CallbackResult; note: string },
): Promise<ApiCallbackRequest> {
  return apiRequest(credentials, `callbacks/${id(requestId)}/attempts/`, {
    method: 'POST',
    body: { Result: attempt.result, Note: attempt.note },
    schema: callbackRequestSchema,
    what: t('what_save_outcome'),
  });
}

/** Gives an allocated request back to the list, for another agent (or me) to take later. */
export async function releaseCallback(credentials: Credentials, requestId: string): Promise<void> {
  await apiRequest(credentials, `callbacks/${id(requestId)}/allocation/`, {
    method: 'DELETE',
    schema: anyBodySchema,
    allowEmpty: true,
    what: t('what_give_back'),
  });
}
