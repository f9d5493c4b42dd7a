// @ts-check
// HTTP Basic with the user's e-mail and secret key, as every EnreachVoice call after authuser uses.
import { HttpError } from './http.mjs';

// ASP.NET's wording; no WWW-Authenticate header, so a browser never pops up a login dialog.
export const UNAUTHORIZED_MESSAGE = 'Authorization has been denied for this request.';

/**
 * The signed-in user, or a 401.
 * @param {string | undefined} header the Authorization header
 * @param {import('./state.mjs').SimState} state
 */
export function authenticate(header, state) {
  const match = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) throw new HttpError(401, UNAUTHORIZED_MESSAGE);
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new HttpError(401, UNAUTHORIZED_MESSAGE);
  const user = state.userByEmail(decoded.slice(0, colon));
  if (!user || state.secretKeyOf(user) !== decoded.slice(colon + 1)) {
    throw new HttpError(401, UNAUTHORIZED_MESSAGE);
  }
  return user;
}
