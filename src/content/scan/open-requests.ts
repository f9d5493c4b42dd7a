// My open callback requests by number (issue 4.2): a number on the page that belongs to one of them
// is offered as a callback call even when the page shows no request id near it.
import type { CallbackIds } from './pair-ids-with-numbers';

export type OpenRequestLookup = (e164: string) => CallbackIds | undefined;

export const NO_OPEN_REQUESTS: OpenRequestLookup = () => undefined;

/** From the background's compact answer ([e164, requestId, listId] each); the first request of a number wins. */
export function openRequestLookup(numbers: readonly (readonly [string, string, string])[]): { lookup: OpenRequestLookup; numbers: ReadonlySet<string> } {
  const byNumber = new Map<string, CallbackIds>();
  for (const [e164, callbackRequestId, callbackListId] of numbers) {
    if (!byNumber.has(e164)) byNumber.set(e164, { callbackRequestId, callbackListId });
  }
  return { lookup: (e164) => byNumber.get(e164), numbers: new Set(byNumber.keys()) };
}

/** The ids found on the page, else those of my open request for the number, else none. */
export function withOpenRequest(ids: CallbackIds, e164: string, context: { openRequest?: OpenRequestLookup | undefined }): CallbackIds {
  return ids.callbackRequestId ? ids : (context.openRequest?.(e164) ?? ids);
}
