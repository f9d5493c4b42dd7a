// @ts-check
// ASSUMED shapes of the callback (CBR) part of the API, in one place (enreachvoice-api.md §2:
// only auto-allocation's path and CallbackListId are confirmed). The assumed paths are all in
// routes/callbacks.mjs and routes/users.mjs. When a live tenant shows otherwise, fix it here.

/** @typedef {import('./types.mjs').CallbackRequest} CallbackRequest */

export const ATTEMPT_RESULTS = /** @type {const} */ ([
  'ClosedSuccessfully',
  'Busy',
  'NoAnswer',
  'WrongNumber',
  'CustomerCancelled',
  'Other',
]);

/** Results that keep a request in play; every other result closes it. */
export const KEEPS_REQUEST_OPEN = new Set(['Busy', 'NoAnswer']);

/** LastResult of a request EnreachVoice closed because its expiry time passed. */
export const EXPIRED_RESULT = 'Expired';

/**
 * A copy, so a later change of state cannot alter an answer already handed out.
 * Optional fields are present as null, as a .NET serializer writes them.
 * @param {CallbackRequest} request @returns {CallbackRequest}
 */
export function toApiRequest(request) {
  return structuredClone(request);
}

/**
 * @param {import('./types.mjs').CallbackList} list
 * @param {boolean} isServing
 * @param {CallbackRequest[]} requests all requests (expired ones already closed)
 * @param {number} now simulated time in ms
 */
export function toApiList(list, isServing, requests, now) {
  const open = requests.filter((r) => r.CallbackListId === list.Id && !r.IsClosed);
  const within = (/** @type {string | null} */ time, /** @type {number} */ ms) =>
    time !== null && Date.parse(time) <= now + ms;
  return {
    Id: list.Id,
    Name: list.Name,
    IsServing: isServing,
    OpenCount: open.length,
    // Overdue requests count as due within the hour: they are the most urgent of all.
    DueInHourCount: open.filter((r) => within(r.DueTime, 3_600_000)).length,
    ExpiresIn24hCount: open.filter((r) => within(r.ExpiryTime, 86_400_000)).length,
  };
}

/**
 * Realtime events for one change of a request. ASSUMED payload (enreachvoice-api.md §4: only the
 * event names and `data.eventType` are known): the MessageReceived argument is `{ data }`, and data
 * carries the request and list ids. Lists get CallbackCreated / CallbackUpdated / CallbackClosed;
 * the assignee (and the previous one) gets UserCallbackChanged.
 * @param {CallbackRequest | null} request null: everything may have changed (a reset)
 * @param {string} kind created | allocated | released | attempted | closed | expired | reset
 * @param {string | null} previousAssigneeId @param {number} now simulated time in ms
 * @returns {{ entityId: string, eventName: string, payload: unknown }[]}
 */
export function rteEventsFor(request, kind, previousAssigneeId, now) {
  /** @param {string} eventName @param {string} entityId */
  const event = (eventName, entityId) => ({
    entityId,
    eventName,
    payload: {
      data: {
        eventType: eventName,
        timestamp: new Date(now).toISOString(),
        entityId,
        callbackRequestId: request?.Id ?? null,
        callbackListId: request?.CallbackListId ?? null,
        assignedUserId: request?.AssignedUserId ?? null,
        isClosed: request?.IsClosed ?? null,
        change: kind,
      },
    },
  });
  if (!request) return previousAssigneeId ? [event('UserCallbackChanged', previousAssigneeId)] : [];
  const listEvent = kind === 'created' ? 'CallbackCreated' : kind === 'closed' || kind === 'expired' ? 'CallbackClosed' : 'CallbackUpdated';
  const users = new Set([request.AssignedUserId, previousAssigneeId].filter((id) => id !== null));
  return [event(listEvent, request.CallbackListId), ...[...users].map((id) => event('UserCallbackChanged', /** @type {string} */ (id)))];
}
