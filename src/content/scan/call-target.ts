// What a call control calls: the number and, for a callback call, the request it belongs to.
export interface CallTarget {
  /** The number as the page shows it (whitespace normalised): used in the accessible name. */
  shown: string;
  /** Normalised with the user's default country; what we send to the background. */
  e164: string;
  /** Raw value from the page (GUID expected); the background rejects malformed ones. */
  callbackRequestId?: string;
  callbackListId?: string;
}

export type CallKind = 'call' | 'callback';

export function kindOf(target: CallTarget): CallKind {
  return target.callbackRequestId ? 'callback' : 'call';
}
