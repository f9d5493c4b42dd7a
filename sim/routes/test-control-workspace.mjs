// @ts-check
// /__sim/ controls for the callback workspace: create requests (one by one or a generated batch for
// benchmarks), look at and cut realtime connections, publish a raw realtime event, read
// classifications. No auth, never faulted, never logged. Not part of EnreachVoice.
import { HttpError, isObject, objectBody, requiredString } from '../http.mjs';
import { route } from '../router.mjs';
import { toRequest } from '../seed.mjs';
import { toApiRequest } from '../shapes.mjs';

/** @typedef {import('../router.mjs').Ctx} Ctx */
/** @typedef {import('../types.mjs').SeedRequest} SeedRequest */

/** @param {string} method @param {string} path @param {import('../router.mjs').Route['handle']} handle */
function open(method, path, handle) {
  return route(method, `/__sim${path}`, handle, { auth: false });
}

const FIRST_NAMES = ['Aada', 'Eero', 'Linnea', 'Oskar', 'Ingrid', 'Lars', 'Hanna', 'Tomas', 'Elsa', 'Jonas'];
const LAST_NAMES = ['Virtanen', 'Andersson', 'Hansen', 'Korhonen', 'Berg', 'Nieminen', 'Larsen', 'Lehtonen'];

/**
 * A deterministic batch: ids 00000000-0000-4000-8000-<12 hex>, due times spread from 2 h overdue to
 * 33 h ahead, a tenth without a due time, every seventh with voicemail.
 * @param {Ctx} ctx @param {Record<string, unknown>} spec
 * @returns {SeedRequest[]}
 */
function generated(ctx, spec) {
  const count = Number(spec.count);
  if (!Number.isInteger(count) || count < 1 || count > 20_000) throw new HttpError(400, 'generate.count must be 1…20000');
  const listIds = ctx.state.lists.map((l) => l.Id);
  const listId = typeof spec.listId === 'string' ? spec.listId : null;
  const assignTo = typeof spec.assignTo === 'string' ? spec.assignTo : undefined;
  const start = Number(spec.startAt ?? 1);
  return Array.from({ length: count }, (_, i) => {
    const n = start + i;
    return {
      Id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
      CallbackListId: listId ?? /** @type {string} */ (listIds[n % Math.min(2, listIds.length)]),
      ContactNumber: `+35840${String(1_000_000 + ((n * 7919) % 9_000_000)).padStart(7, '0')}`,
      ContactName: n % 5 === 0 ? undefined : `${FIRST_NAMES[n % FIRST_NAMES.length]} ${LAST_NAMES[(n * 3) % LAST_NAMES.length]} ${n}`,
      Note: n % 3 === 0 ? `Generated request ${n}: asked for a callback about order ${40_000 + n}.` : undefined,
      CreatedInMinutes: -((n * 37) % 2880) - 5,
      DueInMinutes: n % 10 === 0 ? undefined : ((n * 53) % 2100) - 120,
      ExpiryInMinutes: 2200 + ((n * 11) % 1440),
      HasVoicemail: n % 7 === 0,
      ...(assignTo ? { AssignedUserEmail: assignTo } : {}),
    };
  });
}

/** @param {Ctx} ctx */
function createRequests(ctx) {
  const body = objectBody(ctx.body);
  /** @type {SeedRequest[]} */
  let specs;
  if (Array.isArray(body.requests)) specs = /** @type {SeedRequest[]} */ (body.requests.filter(isObject));
  else if (isObject(body.generate)) specs = generated(ctx, body.generate);
  else throw new HttpError(400, 'requests (an array) or generate ({count, assignTo?, listId?}) is required');
  const nowMs = ctx.state.now();
  const created = specs.map((spec) => {
    requiredString(/** @type {Record<string, unknown>} */ (spec), 'Id');
    if (ctx.state.getRequest(spec.Id)) throw new HttpError(409, `Callback request ${spec.Id} already exists`);
    try {
      return toRequest(spec, { users: ctx.state.users, lists: ctx.state.lists, nowMs });
    } catch (error) {
      throw new HttpError(400, error instanceof Error ? error.message : String(error));
    }
  });
  for (const request of created) ctx.state.addRequest(request);
  return { status: 200, body: { created: created.length, ids: created.slice(0, 50).map((r) => r.Id) } };
}

export const workspaceControlRoutes = [
  open('POST', '/requests', createRequests),
  open('GET', '/request/:id', (ctx) => {
    const request = ctx.state.getRequest(ctx.params.id ?? '');
    if (!request) throw new HttpError(404, 'No such callback request');
    return { status: 200, body: toApiRequest(request) };
  }),
  open('GET', '/classifications', (ctx) => ({ status: 200, body: ctx.state.classifications })),
  open('GET', '/rte', (ctx) => ({
    status: 200,
    body: { connections: ctx.state.realtime.list(), stats: ctx.state.realtime.stats, keepAliveMs: ctx.state.realtime.keepAliveMs },
  })),
  // drop: true cuts the TCP connections without a close frame (a dead network path).
  open('POST', '/rte/disconnect', (ctx) => {
    const body = ctx.body === null ? {} : objectBody(ctx.body);
    return { status: 200, body: { disconnected: ctx.state.realtime.disconnectAll(body.drop === true) } };
  }),
  open('POST', '/rte/publish', (ctx) => {
    const body = objectBody(ctx.body);
    ctx.state.realtime.publish(requiredString(body, 'entityId'), requiredString(body, 'eventName'), body.payload ?? null);
    return { status: 200, body: {} };
  }),
];
