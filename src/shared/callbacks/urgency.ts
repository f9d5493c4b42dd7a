// The order agents work in: overdue first, then due soonest, then oldest created; closed and
// expired requests last. Pure, shared by the background (which sends the most urgent first) and the
// popup. Times are parsed once per request, not once per comparison (1,000 requests take ~10,000).
import type { CallbackRequestView } from '../messages/contract';

const RANK = { overdue: 0, due: 1, noDueTime: 2, unavailable: 3 } as const;

type Sortable = Pick<CallbackRequestView, 'id' | 'dueTime' | 'createdTime' | 'expiryTime' | 'isClosed' | 'isExpired'>;

/** Milliseconds since the epoch, or undefined when the value is missing or unreadable. */
export function timeOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Closed, or expired by the background's word or by the clock since. */
export function isUnavailable(request: Sortable, now: number): boolean {
  const expiry = timeOf(request.expiryTime);
  return request.isClosed || request.isExpired || (expiry !== undefined && expiry <= now);
}

function keyOf<T extends Sortable>(request: T, now: number) {
  // A missing or unreadable time sorts after every real one.
  const due = timeOf(request.dueTime) ?? Number.POSITIVE_INFINITY;
  const created = timeOf(request.createdTime) ?? Number.POSITIVE_INFINITY;
  const rank = isUnavailable(request, now) ? RANK.unavailable : due === Number.POSITIVE_INFINITY ? RANK.noDueTime : due <= now ? RANK.overdue : RANK.due;
  return { request, rank, due, created };
}

/** Ascending; equal infinities compare as equal (Infinity - Infinity is NaN). */
function compareTimes(a: number, b: number): number {
  return a === b ? 0 : a - b;
}

export function sortByUrgency<T extends Sortable>(requests: readonly T[], now: number = Date.now()): T[] {
  return requests
    .map((request) => keyOf(request, now))
    .sort((a, b) => a.rank - b.rank || compareTimes(a.due, b.due) || compareTimes(a.created, b.created) || a.request.id.localeCompare(b.request.id))
    .map((keyed) => keyed.request);
}
