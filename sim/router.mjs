// @ts-check
// Turns an HTTP request into a call of one route handler: CORS, faults, routing, auth, body
// parsing, logging. Handlers return a Reply or throw an HttpError; they never touch the response.
import { authenticate } from './auth.mjs';
import { CORS_HEADERS, HttpError, errorReply, parseJson, readBody, send } from './http.mjs';
import { newLogEntry, record } from './request-log.mjs';

/** @typedef {import('./http.mjs').Reply} Reply */
/** @typedef {import('./state.mjs').SimState} SimState */

/**
 * @typedef {object} Ctx
 * @property {SimState} state
 * @property {string} method
 * @property {string} path
 * @property {URLSearchParams} query
 * @property {Record<string, string>} params path parameters, URI-decoded
 * @property {unknown} body parsed JSON body, null when empty
 * @property {import('./types.mjs').SimUser | null} user set on routes that need auth
 * @property {string} apiEndpoint what discovery hands out, ends with "/"
 * @property {string | undefined} logEmail who to name in the log when `user` is not set
 * @property {string | undefined} authorization the Authorization header (for routes that read a Bearer token)
 */

/**
 * @typedef {object} Route
 * @property {string} method
 * @property {RegExp} pattern
 * @property {boolean} auth
 * @property {(ctx: Ctx) => Reply | Promise<Reply>} handle
 */

/**
 * `template` uses `:name` for a path segment parameter. Matching ignores case and a trailing
 * slash, as the real (ASP.NET) API does; the documented paths end in "/" and so may the client's.
 * @param {string} method @param {string} template @param {Route['handle']} handle
 * @param {{ auth?: boolean }} [options] auth defaults to true
 * @returns {Route}
 */
export function route(method, template, handle, { auth = true } = {}) {
  const source = template
    .replace(/\/$/, '')
    .split('/')
    .map((part) => (part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')))
    .join('/');
  return { method, pattern: new RegExp(`^${source}/?$`, 'i'), auth, handle };
}

/** The authenticated user of a route declared with auth. @param {Ctx} ctx */
export function currentUser(ctx) {
  if (!ctx.user) throw new HttpError(401, 'Not signed in');
  return ctx.user;
}

/**
 * @typedef {{ state: SimState, routes: Route[], apiEndpoint: () => string,
 *   sleep: (ms: number) => Promise<void>, print: boolean }} Deps
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/** @param {Deps} deps @returns {(req: Req, res: Res) => void} */
export function createHandler(deps) {
  return (req, res) => {
    handle(deps, req, res).catch((error) => {
      // One broken request must not take the server (and every test using it) down.
      console.error('EnreachVoice simulator: request failed', error);
      if (!res.headersSent) send(res, errorReply(error));
      else res.destroy();
    });
  };
}

/** @param {Deps} deps @param {Req} req @param {Res} res */
async function handle({ state, routes, apiEndpoint, sleep, print }, req, res) {
  const url = new URL(req.url ?? '/', 'http://simulator.invalid');
  const method = (req.method ?? 'GET').toUpperCase();
  const isControl = url.pathname.startsWith('/__sim/');
  let raw = '';
  /** @type {Reply | null} */
  let early = null;
  try {
    raw = await readBody(req);
  } catch (error) {
    early = errorReply(error);
  }
  const parsed = parseJson(raw);
  const entry = newLogEntry(state, req, url, parsed.ok ? parsed.value : null);
  /** @param {number | null} status */
  const finish = (status) => {
    entry.status = status;
    // The harness's own calls would drown what the client did.
    if (!isControl) record(state, entry);
    if (print) console.log(`${method} ${url.pathname}${url.search} -> ${status ?? 'dropped'}`);
  };

  const fault = isControl ? null : state.faults.take(method, url.pathname + url.search);
  if (fault) {
    entry.fault = fault.id;
    const status = await answerWithFault(fault, req, res, sleep);
    if (status !== undefined) return finish(status);
  }
  const reply =
    early ??
    (method === 'OPTIONS'
      ? { status: 204, headers: CORS_HEADERS }
      : await dispatch({
          state,
          routes,
          method,
          url,
          parsed,
          entry,
          apiEndpoint: apiEndpoint(),
          authorization: req.headers.authorization,
        }));
  send(res, reply);
  finish(reply.status);
}

/**
 * Delays, drops or answers for the fault. A status fault answers before any handler runs, like a
 * gateway would: the request has no effect.
 * @param {import('./types.mjs').Fault} fault @param {Req} req @param {Res} res
 * @param {(ms: number) => Promise<void>} sleep
 * @returns {Promise<number | null | undefined>} the status sent, null if dropped, undefined to go on
 */
async function answerWithFault(fault, req, res, sleep) {
  if (fault.delayMs) await sleep(fault.delayMs);
  if (fault.drop) {
    req.socket.destroy();
    return null;
  }
  if (fault.status === undefined) return undefined;
  /** @type {Record<string, string>} */
  const headers = {};
  if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
  const body = fault.status === 204 ? undefined : { Message: fault.message ?? `Simulated fault ${fault.status}` };
  send(res, { status: fault.status, body, headers });
  return fault.status;
}

/**
 * Route, authenticate, check the body, run the handler. Auth comes before body checks, as in the
 * real service: an unauthenticated client learns nothing about what it sent.
 * @param {{ state: SimState, routes: Route[], method: string, url: URL, apiEndpoint: string,
 *   authorization: string | undefined, parsed: ReturnType<typeof parseJson>,
 *   entry: import('./types.mjs').LogEntry }} input
 * @returns {Promise<Reply>}
 */
async function dispatch({ state, routes, method, url, parsed, apiEndpoint, authorization, entry }) {
  try {
    const { route: found, params } = findRoute(routes, method, url.pathname);
    const user = found.auth ? authenticate(authorization, state) : null;
    if (user) entry.userEmail = user.Email;
    if (!parsed.ok) throw new HttpError(400, 'The request body is not valid JSON');
    /** @type {Ctx} */
    const ctx = {
      state,
      method,
      path: url.pathname,
      query: url.searchParams,
      params,
      body: parsed.value,
      user,
      apiEndpoint,
      logEmail: undefined,
      authorization,
    };
    try {
      return await found.handle(ctx);
    } finally {
      if (!user && ctx.logEmail) entry.userEmail = ctx.logEmail;
    }
  } catch (error) {
    return errorReply(error);
  }
}

/**
 * @param {Route[]} routes @param {string} method @param {string} path
 * @returns {{ route: Route, params: Record<string, string> }}
 */
function findRoute(routes, method, path) {
  let pathKnown = false;
  for (const candidate of routes) {
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (candidate.method !== method) continue;
    /** @type {Record<string, string>} */
    const params = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      try {
        params[name] = decodeURIComponent(value);
      } catch {
        throw new HttpError(400, `Malformed path parameter ${name}`);
      }
    }
    return { route: candidate, params };
  }
  if (pathKnown) throw new HttpError(405, `The requested resource does not support http method '${method}'.`);
  throw new HttpError(404, `No HTTP resource was found that matches the request URI '${path}'.`);
}
