// @ts-check
// Who may see what: the user part of /users/{userId}/... paths, and callback lists an admin lets
// the user handle. Both answer 403, as the real API does for a missing permission.
import { HttpError } from './http.mjs';
import { currentUser } from './router.mjs';

/** @typedef {import('./router.mjs').Ctx} Ctx */

// The webphone example writes the user part as [ME]; "me" is the documented form.
const SELF_ALIASES = new Set(['me', '[me]']);

/**
 * The signed-in user, when the path's user part names them; 403 otherwise.
 * @param {Ctx} ctx @param {{ allowAlias: boolean }} options aliases are only documented for some paths
 */
export function ownUser(ctx, { allowAlias }) {
  const user = currentUser(ctx);
  const named = ctx.params.userId ?? '';
  if (allowAlias && SELF_ALIASES.has(named.toLowerCase())) return user;
  if (named.toLowerCase() === user.Id.toLowerCase()) return user;
  throw new HttpError(403, `Access denied: ${named} is not the signed-in user`);
}

/**
 * A request the signed-in user may see: 404 when unknown, 403 when its list is not theirs.
 * @param {Ctx} ctx @param {string} requestId
 */
export function visibleRequest(ctx, requestId) {
  const request = ctx.state.getRequest(requestId);
  if (!request) throw new HttpError(404, `Callback request ${requestId} was not found`);
  assertMayHandle(ctx, request.CallbackListId);
  return request;
}

/** @param {Ctx} ctx @param {string} listId */
export function assertMayHandle(ctx, listId) {
  const user = currentUser(ctx);
  if (ctx.state.mayHandle(user, listId)) return;
  const name = ctx.state.listById(listId)?.Name ?? listId;
  throw new HttpError(403, `You do not have permission to handle callback list ${name}`);
}
