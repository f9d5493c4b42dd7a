// The callback-request endpoints. ASSUMED paths and bodies (shared/enreachvoice-api.md §2), kept in
// this one module so a check against a live tenant is one edit.
import * as z from 'zod';
import { apiRequest, type Credentials } from './client';
import { callbackListSchema, callbackRequestSchema, type ApiCallbackRequest } from './callbacks-schemas';

const id = encodeURIComponent;

export function fetchMyCallbackRequests(credentials: Credentials, userId: string): Promise<ApiCallbackRequest[]> {
  return apiRequest(credentials, `users/${id(userId)}/callbacks/?IsClosed=false`, {
    schema: z.array(callbackRequestSchema),
    what: 'load your callback requests',
  });
}

export function fetchCallbackRequest(credentials: Credentials, requestId: string, signal?: AbortSignal): Promise<ApiCallbackRequest> {
  return apiRequest(credentials, `callbacks/${id(requestId)}/`, {
    schema: callbackRequestSchema,
    what: 'read this callback request',
    ...(signal ? { signal } : {}),
  });
}

export function fetchMyCallbackLists(credentials: Credentials, userId: string) {
  return apiRequest(credentials, `users/${id(userId)}/callbacklists/`, {
    schema: z.array(callbackListSchema),
    what: 'load your callback lists',
  });
}
