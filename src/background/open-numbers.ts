// Answers a content script's "which numbers belong to my open requests?" (issue 4.2): the
// background's current copy of my requests, normalised to E.164 with the agent's default country.
// No API call: the copy is kept fresh by realtime/polling; signed out, the answer is empty.
import type { ResponseOf } from '../shared/messages/contract';
import { OPEN_NUMBERS_LIMIT, type OpenNumber } from '../shared/messages/detection-contract';
import { toE164, type CountryCode } from '../shared/phone';
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import { isExpired } from './request-rules';

export interface OpenNumbersSource {
  current(): { fetchedAt: number; requests: ApiCallbackRequest[] } | null;
}

export function openNumbersOf(source: OpenNumbersSource, country: CountryCode, now: number): ResponseOf<'callbacks.openNumbers'> {
  const snapshot = source.current();
  if (!snapshot) return { numbers: [], version: 0 };
  const numbers: OpenNumber[] = [];
  for (const request of snapshot.requests) {
    if (request.IsClosed || isExpired(request, now)) continue;
    const e164 = toE164(request.ContactNumber, country, 'possible');
    if (e164) numbers.push([e164, request.Id, request.CallbackListId]);
    if (numbers.length >= OPEN_NUMBERS_LIMIT) break;
  }
  return { numbers, version: snapshot.fetchedAt };
}
