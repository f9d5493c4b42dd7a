// The order agents work in: overdue first, then due soonest, then oldest created; closed and
// expired requests last. Pure: returns a new array.
import type { CallbackRequestView } from '../shared/messages/contract';
import { timeOf, unavailableReason } from './request-status';

const RANK = { overdue: 0, due: 1, noDueTime: 2, unavailable: 3 } as const;

function rankOf(request: CallbackRequestView, now: number): number {
  if (unavailableReason(request, now)) return RANK.unavailable;
  const due = timeOf(request.dueTime);
  if (due === undefined) return RANK.noDueTime;
  return due <= now ? RANK.overdue : RANK.due;
}

/** Ascending by time; a missing or unreadable time sorts after every real one. */
function compareTimes(a: string | undefined, b: string | undefined): number {
  return (timeOf(a) ?? Number.POSITIVE_INFINITY) - (timeOf(b) ?? Number.POSITIVE_INFINITY) || 0;
}

function compareUrgency(a: CallbackRequestView, b: CallbackRequestView, now: number): number {
  return (
    rankOf(a, now) - rankOf(b, now) ||
    compareTimes(a.dueTime, b.dueTime) ||
    compareTimes(a.createdTime, b.createdTime) ||
    a.id.localeCompare(b.id)
  );
}

export function sortByUrgency(
  requests: readonly CallbackRequestView[],
  now: number = Date.now(),
): CallbackRequestView[] {
  return [...requests].sort((a, b) => compareUrgency(a, b, now));
}
