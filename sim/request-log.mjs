// @ts-check
// The request log is what e2e tests read to check what the client sent. It must never hold a
// credential: the Authorization header is not kept at all, and secrets in bodies become "***".

/** @typedef {import('./types.mjs').LogEntry} LogEntry */

const SECRET_FIELD = /password|secret/i;

/** @param {unknown} value @returns {unknown} */
export function redact(value) {
  if (Array.isArray(value)) return value.map(redact);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, SECRET_FIELD.test(key) ? '***' : redact(inner)]),
  );
}

/**
 * @param {import('./state.mjs').SimState} state
 * @param {import('node:http').IncomingMessage} req
 * @param {URL} url
 * @param {unknown} body parsed JSON, or null
 * @returns {LogEntry} not yet recorded; `status` is filled in when the answer is known
 */
export function newLogEntry(state, req, url, body) {
  /** @param {string} name */
  const header = (name) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  /** @type {LogEntry['headers']} */
  const headers = {};
  const accept = header('accept');
  const contentType = header('content-type');
  const xJsonSerializer = header('x-json-serializer');
  const origin = header('origin');
  if (accept !== undefined) headers.accept = accept;
  if (contentType !== undefined) headers.contentType = contentType;
  if (xJsonSerializer !== undefined) headers.xJsonSerializer = xJsonSerializer;
  if (origin !== undefined) headers.origin = origin;
  return {
    seq: 0,
    at: state.nowIso(),
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    body: redact(body),
    status: null,
    headers,
  };
}

/** @param {import('./state.mjs').SimState} state @param {LogEntry} entry */
export function record(state, entry) {
  state.seq += 1;
  entry.seq = state.seq;
  state.log.push(entry);
}
