// @ts-check
// Auto-allocation hands an agent one request at a time, the most urgent first (enreachvoice-api.md
// §2): overdue first, then the nearest due time, then the oldest. Requests without a due time wait
// behind those with one.

/** @typedef {import('./types.mjs').CallbackRequest} CallbackRequest */

/** @param {CallbackRequest} a @param {CallbackRequest} b */
export function byUrgency(a, b) {
  const due = (/** @type {CallbackRequest} */ r) => (r.DueTime === null ? Infinity : Date.parse(r.DueTime));
  const byDue = due(a) - due(b);
  // Infinity - Infinity is NaN: two requests without a due time fall through to creation time.
  if (byDue) return byDue;
  return Date.parse(a.CreatedTime) - Date.parse(b.CreatedTime);
}

/**
 * The request auto-allocation would hand out next, or undefined.
 * @param {CallbackRequest[]} requests expired ones already closed
 * @param {(listId: string) => boolean} fromList lists to take from
 */
export function nextToAllocate(requests, fromList) {
  return requests
    .filter((r) => !r.IsClosed && r.AssignedUserId === null && fromList(r.CallbackListId))
    .sort(byUrgency)[0];
}
