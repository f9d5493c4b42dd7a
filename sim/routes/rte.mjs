// @ts-check
// GET /token/{userId}/rte/: a short-lived token for the realtime (SignalR) channel. Only the shape
// is simulated for now: a JWT-looking token and the endpoint without scheme.
import { createHmac, randomBytes } from 'node:crypto';
import { ownUser } from '../access.mjs';
import { route } from '../router.mjs';

const SIGNING_KEY = randomBytes(32);
const TOKEN_LIFETIME_S = 300;

/** @param {unknown} value */
function base64url(value) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export const rteRoutes = [
  route('GET', '/token/:userId/rte', (ctx) => {
    const user = ownUser(ctx, { allowAlias: false });
    const issuedAt = Math.floor(ctx.state.now() / 1000);
    const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({
      sub: user.Id,
      email: user.Email,
      iss: 'enreachvoice-simulator',
      iat: issuedAt,
      exp: issuedAt + TOKEN_LIFETIME_S,
    })}`;
    const signature = createHmac('sha256', SIGNING_KEY).update(unsigned).digest('base64url');
    return {
      status: 200,
      body: { Token: `${unsigned}.${signature}`, WSSEndpoint: `${new URL(ctx.apiEndpoint).host}/rte` },
    };
  }),
];
