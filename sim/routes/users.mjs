// @ts-check
// The signed-in user and what they may work on: GET /users/me, their callback lists and the
// requests assigned to them. The list and request paths are ASSUMED (enreachvoice-api.md §2).
import { ownUser } from '../access.mjs';
import { byUrgency } from '../allocation.mjs';
import { HttpError } from '../http.mjs';
import { currentUser, route } from '../router.mjs';
import { toApiList, toApiRequest } from '../shapes.mjs';

/** @param {URLSearchParams} query @returns {boolean | null} null: no filter */
function isClosedFilter(query) {
  // ASP.NET binds query parameters whatever their case.
  const entry = [...query].find(([name]) => name.toLowerCase() === 'isclosed');
  if (!entry) return null;
  const value = entry[1].toLowerCase();
  if (value === 'true' || value === 'false') return value === 'true';
  throw new HttpError(400, `The value '${entry[1]}' is not valid for IsClosed`);
}

export const userRoutes = [
  route('GET', '/users/me', (ctx) => {
    const user = currentUser(ctx);
    return {
      status: 200,
      body: { Id: user.Id, OrganizationID: ctx.state.organizationId, Email: user.Email, ...user.Profile },
    };
  }),

  route('GET', '/users/:userId/callbacklists', (ctx) => {
    const user = ownUser(ctx, { allowAlias: false });
    const requests = ctx.state.allRequests();
    const now = ctx.state.now();
    const lists = ctx.state.lists
      .filter((list) => ctx.state.mayHandle(user, list.Id))
      .map((list) => toApiList(list, ctx.state.serves(user, list.Id), requests, now));
    return { status: 200, body: lists };
  }),

  route('GET', '/users/:userId/callbacks', (ctx) => {
    const user = ownUser(ctx, { allowAlias: false });
    const closed = isClosedFilter(ctx.query);
    const mine = ctx.state
      .allRequests()
      .filter((r) => r.AssignedUserId === user.Id && (closed === null || r.IsClosed === closed))
      .sort(byUrgency)
      .map(toApiRequest);
    return { status: 200, body: mine };
  }),
];
