// Callback request views as the background would answer them, with times relative to `now`.
import { formatForDisplay } from '../../../../src/popup/format-number';
import type { CallbackRequestView } from '../../../../src/shared/messages/contract';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}

export function makeRequest(overrides: Partial<CallbackRequestView> = {}): CallbackRequestView {
  // The background formats numbers for display; so does this stand-in.
  const number = overrides.number ?? '+358401234567';
  const displayNumber = formatForDisplay(number);
  return {
    ...(displayNumber !== number ? { displayNumber } : {}),
    id: 'req-1',
    listId: 'list-1',
    listName: 'Support callbacks',
    number: '+358401234567',
    contactName: 'Matti Meikäläinen',
    createdTime: isoAt(Date.now() - 3 * HOUR),
    attemptCount: 0,
    hasVoicemail: false,
    isClosed: false,
    isExpired: false,
    ...overrides,
  };
}
