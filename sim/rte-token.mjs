// @ts-check
// The short-lived realtime (RTE) token: a JWT-looking HS256 token naming the user. The hub checks it
// only when a connection opens, as EnreachVoice does (enreachvoice-api.md §4), so clients must fetch a
// fresh one for every reconnect.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SIGNING_KEY = randomBytes(32);
export const TOKEN_LIFETIME_S = 300;

/** @param {unknown} value */
function base64url(value) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** @param {string} unsigned */
function sign(unsigned) {
  return createHmac('sha256', SIGNING_KEY).update(unsigned).digest('base64url');
}

/** @param {{ Id: string, Email: string }} user @param {number} nowMs simulated time */
export function issueRteToken(user, nowMs) {
  const issuedAt = Math.floor(nowMs / 1000);
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({
    sub: user.Id,
    email: user.Email,
    iss: 'enreachvoice-simulator',
    iat: issuedAt,
    exp: issuedAt + TOKEN_LIFETIME_S,
  })}`;
  return `${unsigned}.${sign(unsigned)}`;
}

/**
 * The user id a valid, unexpired token names; null otherwise.
 * @param {string | null | undefined} token @param {number} nowMs simulated time
 */
export function verifyRteToken(token, nowMs) {
  const parts = (token ?? '').split('.');
  if (parts.length !== 3) return null;
  const [header, body, signature] = /** @type {[string, string, string]} */ (parts);
  const expected = Buffer.from(sign(`${header}.${body}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
    return claims.exp * 1000 > nowMs ? claims.sub : null;
  } catch {
    return null; // not JSON: not one of ours
  }
}
