// @ts-check
// Callback requests: read one, auto-allocate the next, record an attempt, give one back.
// Paths and bodies are ASSUMED apart from auto-allocation's path (enreachvoice-api.md §2).
import { assertMayHandle, visibleRequest } from '../access.mjs';
import { nextToAllocate } from '../allocation.mjs';
import { HttpError, objectBody } from '../http.mjs';
import { currentUser, route } from '../router.mjs';
import { ATTEMPT_RESULTS, EXPIRED_RESULT, KEEPS_REQUEST_OPEN, toApiRequest } from '../shapes.mjs';

/** @typedef {import('../router.mjs').Ctx} Ctx */

/** @param {import('../types.mjs').CallbackRequest} request */
export function closedMessage(request) {
  return request.LastResult === EXPIRED_RESULT
    ? 'Callback request has expired'
    : 'Callback request is already closed';
}

/** @param {Ctx} ctx @returns {string[] | null} null: every list the user serves */
function requestedListIds(ctx) {
  const body = ctx.body === null ? {} : objectBody(ctx.body);
  const ids = body.CallbackListIds;
  if (ids === undefined || ids === null) return null;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    throw new HttpError(400, 'CallbackListIds must be an array of callback list ids');
  }
  for (const id of ids) assertMayHandle(ctx, id);
  return ids.length === 0 ? null : ids.map((id) => id.toLowerCase());
}

/** @param {Ctx} ctx */
function autoAllocate(ctx) {
  const user = currentUser(ctx);
  const { state } = ctx;
  const wanted = requestedListIds(ctx);
  // One at a time: until the agent handles (or gives back) what they got, they get it again.
  const pending = state
    .allRequests()
    .find(
      (r) => !r.IsClosed && r.AssignedUserId === user.Id && state.autoAllocations.get(r.Id.toLowerCase()) === user.Id,
    );
  if (pending) return { status: 200, body: toApiRequest(pending) };
  const next = nextToAllocate(
    state.allRequests(),
    (listId) =>
      state.serves(user, listId) && state.mayHandle(user, listId) && (!wanted || wanted.includes(listId.toLowerCase())),
  );
  if (!next) return { status: 204 };
  next.AssignedUserId = user.Id;
  state.autoAllocations.set(next.Id.toLowerCase(), user.Id);
  state.requestChanged(next, 'allocated');
  return { status: 200, body: toApiRequest(next) };
}

/** @param {Ctx} ctx */
function recordAttempt(ctx) {
  const user = currentUser(ctx);
  const request = visibleRequest(ctx, ctx.params.requestId ?? '');
  const body = objectBody(ctx.body);
  const result = body.Result;
  if (typeof result !== 'string' || !ATTEMPT_RESULTS.some((r) => r === result)) {
    throw new HttpError(400, `Result must be one of ${ATTEMPT_RESULTS.join(', ')}`);
  }
  const note = body.Note ?? null;
  if (note !== null && typeof note !== 'string') throw new HttpError(400, 'Note must be a string');
  if (request.IsClosed) throw new HttpError(409, closedMessage(request));
  const at = ctx.state.nowIso();
  request.AttemptCount += 1;
  request.LastAttemptTime = at;
  request.LastResult = result;
  if (!KEEPS_REQUEST_OPEN.has(result)) {
    request.IsClosed = true;
    request.ClosedByUserId = user.Id;
    request.ClosedTime = at;
  }
  ctx.state.autoAllocations.delete(request.Id.toLowerCase());
  ctx.state.attempts.push({ requestId: request.Id, userId: user.Id, Result: result, Note: note, at });
  ctx.state.requestChanged(request, request.IsClosed ? 'closed' : 'attempted');
  return { status: 200, body: toApiRequest(request) };
}

/** @param {Ctx} ctx */
function release(ctx) {
  const user = currentUser(ctx);
  const request = visibleRequest(ctx, ctx.params.requestId ?? '');
  if (request.AssignedUserId !== null && request.AssignedUserId !== user.Id) {
    throw new HttpError(409, 'Callback request is allocated to another user');
  }
  const previous = request.AssignedUserId;
  request.AssignedUserId = null;
  ctx.state.autoAllocations.delete(request.Id.toLowerCase());
  ctx.state.requestChanged(request, 'released', previous);
  return { status: 204 };
}

export const callbackRoutes = [
  route('GET', '/callbacks/:requestId', (ctx) => ({
    status: 200,
    body: toApiRequest(visibleRequest(ctx, ctx.params.requestId ?? '')),
  })),
  route('POST', '/callbacks/auto-allocation-request', autoAllocate),
  route('POST', '/callbacks/:requestId/attempts', recordAttempt),
  route('DELETE', '/callbacks/:requestId/allocation', release),
];
