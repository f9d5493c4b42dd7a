import { openNumbersOf } from '../../../src/background/open-numbers';
import type { ApiCallbackRequest } from '../../../src/shared/api/callbacks-schemas';

const request = (id: string, number: string, extra: Partial<ApiCallbackRequest> = {}): ApiCallbackRequest => ({
  Id: id, CallbackListId: `list-${id}`, ContactNumber: number, CreatedTime: '2026-11-25T08:00:00Z', AttemptCount: 0, IsClosed: false, HasVoicemail: false, ...extra,
});
const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('callbacks.openNumbers', () => {
  it('lists open, unexpired requests by E.164 number, read with the default country', () => {
    const source = {
      current: () => ({
        fetchedAt: 42,
        requests: [
          request('a', '040 123 4567'),
          request('b', '+46 70 123 45 67'),
          request('c', '0501112222', { IsClosed: true }),
          request('d', '0509998888', { ExpiryTime: '2026-11-25T11:00:00Z' }),
          request('e', 'not a number'),
        ],
      }),
    };
    expect(openNumbersOf(source, 'FI', NOW)).toEqual({
      numbers: [['+358401234567', 'a', 'list-a'], ['+46701234567', 'b', 'list-b']],
      version: 42,
    });
  });

  it('answers an empty list when signed out (no copy of my requests)', () => {
    expect(openNumbersOf({ current: () => null }, 'FI', NOW)).toEqual({ numbers: [], version: 0 });
  });
});
