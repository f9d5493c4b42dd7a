// @ts-check
// GET /token/{userId}/rte/: a short-lived token for the realtime (SignalR) channel, and the hub's
// negotiate endpoint. The WebSocket itself is upgraded in rte-hub.mjs (an HTTP route cannot do it).
import { ownUser } from '../access.mjs';
import { HttpError } from '../http.mjs';
import { route } from '../router.mjs';
import { issueRteToken, verifyRteToken } from '../rte-token.mjs';

/** The hub's path; WSSEndpoint is `{host}{RTE_HUB_PATH}` without a scheme, as EnreachVoice sends it. */
export const RTE_HUB_PATH = '/rte';

/** @param {import('../router.mjs').Ctx} ctx */
function bearerUser(ctx, authorization = '') {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? ctx.query.get('access_token');
  const userId = verifyRteToken(token, ctx.state.now());
  const user = userId ? ctx.state.userById(userId) : undefined;
  if (!user) throw new HttpError(401, 'The realtime token is missing, invalid or expired');
  return user;
}

export const rteRoutes = [
  route('GET', '/token/:userId/rte', (ctx) => {
    const user = ownUser(ctx, { allowAlias: false });
    return {
      status: 200,
      body: { Token: issueRteToken(user, ctx.state.now()), WSSEndpoint: `${new URL(ctx.apiEndpoint).host}${RTE_HUB_PATH}` },
    };
  }),

  // SignalR negotiate (version 1): the connection token the WebSocket then names in ?id=.
  route(
    'POST',
    `${RTE_HUB_PATH}/negotiate`,
    (ctx) => {
      const user = bearerUser(ctx, ctx.authorization);
      ctx.logEmail = user.Email;
      const { connectionId, connectionToken } = ctx.state.realtime.negotiate(user.Id);
      return {
        status: 200,
        body: {
          negotiateVersion: 1,
          connectionId,
          connectionToken,
          availableTransports: [{ transport: 'WebSockets', transferFormats: ['Text', 'Binary'] }],
        },
      };
    },
    { auth: false },
  ),
];
