// Callback request views as the background would answer them, with times relative to `now`.
import type { CallbackRequestView } from '../../../../src/shared/messages/contract';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}

export function makeRequest(overrides: Partial<CallbackRequestView> = {}): CallbackRequestView {
  return {
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
