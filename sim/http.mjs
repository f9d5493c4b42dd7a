// @ts-check
// Small HTTP helpers shared by the router and the routes: errors as values, JSON bodies, CORS.

/** @typedef {{ status: number, body?: unknown, headers?: Record<string, string> }} Reply */

/** Thrown by a handler to answer with `{Message}`, the error body shape EnreachVoice uses. */
export class HttpError extends Error {
  /** @param {number} status @param {string} message @param {Record<string, string>} [headers] */
  constructor(status, message, headers) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

// The extension calls from its service worker, but the demo pages and curl-from-a-page tests may
// not: answer CORS like a permissive API so that the browser never hides a status from a test.
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, X-Json-Serializer',
  'Access-Control-Expose-Headers': 'Retry-After',
  'Access-Control-Max-Age': '600',
};

const MAX_BODY_BYTES = 1024 * 1024;

/** @param {import('node:http').IncomingMessage} req @returns {Promise<string>} */
export async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * An empty body is `null`; a malformed one is remembered, not thrown, so it can still be logged.
 * @param {string} raw @returns {{ ok: true, value: unknown } | { ok: false }}
 */
export function parseJson(raw) {
  if (raw.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/** @param {import('node:http').ServerResponse} res @param {Reply} reply */
export function send(res, reply) {
  if (res.writableEnded || res.destroyed) return;
  /** @type {Record<string, string>} */
  const headers = { ...CORS_HEADERS, ...reply.headers };
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const text = JSON.stringify(reply.body);
  headers['Content-Type'] = 'application/json; charset=utf-8';
  headers['Content-Length'] = String(Buffer.byteLength(text));
  res.writeHead(reply.status, headers).end(text);
}

/** @param {unknown} error @returns {Reply} */
export function errorReply(error) {
  if (error instanceof HttpError) {
    return { status: error.status, body: { Message: error.message }, headers: error.headers };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { Message: `Simulator error: ${detail}` } };
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The JSON object body of a request, or 400.
 * @param {unknown} body @returns {Record<string, unknown>}
 */
export function objectBody(body) {
  if (!isObject(body)) throw new HttpError(400, 'The request body must be a JSON object');
  return body;
}

/**
 * A required non-empty string field, or 400 naming it.
 * @param {Record<string, unknown>} body @param {string} name @returns {string}
 */
export function requiredString(body, name) {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new HttpError(400, `${name} is required`);
  }
  return value;
}
