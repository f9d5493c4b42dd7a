import { sortByUrgency } from '../../../src/popup/sort-by-urgency';
import { HOUR, MINUTE, isoAt, makeRequest } from './helpers/fixtures';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const ids = (list: { id: string }[]) => list.map((request) => request.id);

describe('sortByUrgency', () => {
  it('puts overdue first (most overdue first), then due soonest, then no due time by age', () => {
    const requests = [
      makeRequest({ id: 'no-due-new', createdTime: isoAt(NOW - HOUR) }),
      makeRequest({ id: 'due-later', dueTime: isoAt(NOW + 2 * HOUR) }),
      makeRequest({ id: 'overdue-a-bit', dueTime: isoAt(NOW - 5 * MINUTE) }),
      makeRequest({ id: 'no-due-old', createdTime: isoAt(NOW - 5 * HOUR) }),
      makeRequest({ id: 'due-soon', dueTime: isoAt(NOW + 10 * MINUTE) }),
      makeRequest({ id: 'overdue-long', dueTime: isoAt(NOW - 3 * HOUR) }),
    ];
    expect(ids(sortByUrgency(requests, NOW))).toEqual([
      'overdue-long',
      'overdue-a-bit',
      'due-soon',
      'due-later',
      'no-due-old',
      'no-due-new',
    ]);
  });

  it('puts expired and closed requests last, even when overdue', () => {
    const requests = [
      makeRequest({ id: 'expired', dueTime: isoAt(NOW - 9 * HOUR), isExpired: true }),
      makeRequest({ id: 'expiry-passed', dueTime: isoAt(NOW - 8 * HOUR), expiryTime: isoAt(NOW - MINUTE) }),
      makeRequest({ id: 'closed', dueTime: isoAt(NOW - 7 * HOUR), isClosed: true }),
      makeRequest({ id: 'open', createdTime: isoAt(NOW) }),
    ];
    expect(ids(sortByUrgency(requests, NOW))).toEqual(['open', 'expired', 'expiry-passed', 'closed']);
  });

  it('breaks ties on due time by creation time, and treats unreadable times as missing', () => {
    const due = isoAt(NOW + HOUR);
    const requests = [
      makeRequest({ id: 'newer', dueTime: due, createdTime: isoAt(NOW - HOUR) }),
      makeRequest({ id: 'garbled', dueTime: 'not a date', createdTime: isoAt(NOW - 9 * HOUR) }),
      makeRequest({ id: 'older', dueTime: due, createdTime: isoAt(NOW - 2 * HOUR) }),
    ];
    expect(ids(sortByUrgency(requests, NOW))).toEqual(['older', 'newer', 'garbled']);
  });

  it('does not change the array it is given', () => {
    const requests = [makeRequest({ id: 'b', createdTime: isoAt(NOW) }), makeRequest({ id: 'a', createdTime: isoAt(NOW - HOUR) })];
    const sorted = sortByUrgency(requests, NOW);
    expect(ids(requests)).toEqual(['b', 'a']);
    expect(ids(sorted)).toEqual(['a', 'b']);
  });
});

describe('sortByUrgency at shift scale', () => {
  it('orders 1,000 requests like the rule says (overdue, due soonest, then oldest), in a few ms', () => {
    const requests = Array.from({ length: 1_000 }, (_, n) =>
      makeRequest({
        id: `r${n}`,
        dueTime: n % 10 === 0 ? undefined : isoAt(NOW + (((n * 53) % 2_100) - 120) * MINUTE),
        createdTime: isoAt(NOW - ((n * 37) % 2_880) * MINUTE),
        isExpired: n % 97 === 0,
      }),
    );
    const started = performance.now();
    const sorted = sortByUrgency(requests, NOW);
    expect(performance.now() - started).toBeLessThan(50);
    const rank = (r: (typeof requests)[number]) => (r.isExpired ? 3 : !r.dueTime ? 2 : Date.parse(r.dueTime) <= NOW ? 0 : 1);
    for (let i = 1; i < sorted.length; i += 1) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(rank(a) <= rank(b)).toBe(true);
      if (rank(a) === rank(b) && rank(a) < 2) expect(Date.parse(a.dueTime!) <= Date.parse(b.dueTime!)).toBe(true);
      if (rank(a) === rank(b) && rank(a) === 2) expect(Date.parse(a.createdTime) <= Date.parse(b.createdTime)).toBe(true);
    }
  });
});
