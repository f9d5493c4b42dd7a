// @ts-check
// /__sim/: what the tests use to look inside and steer the simulator. No auth, never faulted,
// never logged. Not part of EnreachVoice.
import { HttpError, objectBody, requiredString } from '../http.mjs';
import { route } from '../router.mjs';
import { toApiRequest } from '../shapes.mjs';

/** @param {string} method @param {string} path @param {import('../router.mjs').Route['handle']} handle */
function open(method, path, handle) {
  return route(method, `/__sim${path}`, handle, { auth: false });
}

/** @param {unknown} body */
function ok(body) {
  return { status: 200, body };
}

/** @param {import('../router.mjs').Ctx} ctx @param {string} field */
function userFromBody(ctx, field) {
  const email = requiredString(objectBody(ctx.body), field);
  const user = ctx.state.userByEmail(email);
  if (!user) throw new HttpError(404, `No user ${email}`);
  return user;
}

export const testControlRoutes = [
  open('GET', '/health', () => ok({ ok: true })),
  open('GET', '/log', (ctx) => {
    const since = Number(ctx.query.get('since') ?? 0);
    if (!Number.isFinite(since)) throw new HttpError(400, 'since must be a number');
    return ok(ctx.state.log.filter((e) => e.seq > since));
  }),
  open('GET', '/calls', (ctx) => ok(ctx.state.calls)),
  open('GET', '/activations', (ctx) => ok(ctx.state.activations)),
  open('GET', '/attempts', (ctx) => ok(ctx.state.attempts)),
  open('GET', '/requests', (ctx) => ok(ctx.state.allRequests().map(toApiRequest))),
  open('POST', '/reset', (ctx) => {
    ctx.state.reset();
    return ok({});
  }),

  open('GET', '/faults', (ctx) => ok(ctx.state.faults.list())),
  open('POST', '/faults', (ctx) => ok(ctx.state.faults.add(ctx.body))),
  open('DELETE', '/faults', (ctx) => {
    ctx.state.faults.clear();
    return { status: 204 };
  }),
  open('DELETE', '/faults/:id', (ctx) => {
    if (!ctx.state.faults.remove(Number(ctx.params.id))) throw new HttpError(404, 'No such fault');
    return { status: 204 };
  }),

  open('POST', '/revoke-key', (ctx) => {
    ctx.state.revokeKey(userFromBody(ctx, 'email'));
    return ok({});
  }),

  // Stands in for EnreachVoice allocating a request by itself (or, with email null, taking it back).
  open('POST', '/assign', (ctx) => {
    const body = objectBody(ctx.body);
    const requestId = requiredString(body, 'requestId');
    const request = ctx.state.getRequest(requestId);
    if (!request) throw new HttpError(404, `No callback request ${requestId}`);
    const previous = request.AssignedUserId;
    request.AssignedUserId = body.email === null ? null : userFromBody(ctx, 'email').Id;
    ctx.state.autoAllocations.delete(request.Id.toLowerCase());
    ctx.state.requestChanged(request, request.AssignedUserId ? 'allocated' : 'released', previous);
    return ok(toApiRequest(request));
  }),

  open('GET', '/clock', (ctx) => ok({ offsetMs: ctx.state.clockOffsetMs, now: ctx.state.nowIso() })),
  // offsetMs sets the shift from the wall clock; advanceMs adds to it.
  open('POST', '/clock', (ctx) => {
    const { offsetMs, advanceMs } = objectBody(ctx.body);
    if (typeof offsetMs === 'number' && Number.isFinite(offsetMs)) ctx.state.clockOffsetMs = offsetMs;
    else if (typeof advanceMs === 'number' && Number.isFinite(advanceMs)) ctx.state.clockOffsetMs += advanceMs;
    else throw new HttpError(400, 'offsetMs or advanceMs (a number of milliseconds) is required');
    ctx.state.closeExpired();
    return ok({ offsetMs: ctx.state.clockOffsetMs, now: ctx.state.nowIso() });
  }),
];
