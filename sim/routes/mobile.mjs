// @ts-check
// POST /users/me/action/mobile/call/: the EnreachVoice mobile app dials. A call is a callback call
// only when it follows an activation for the same number by the same user within 10 s; each
// activation pays for one call. Anything else is a direct call, owned by the user.
import { ownUser } from '../access.mjs';
import { HttpError, objectBody, requiredString } from '../http.mjs';
import { looksDiallable, sameNumber } from '../phone.mjs';
import { route } from '../router.mjs';

export const ACTIVATION_WINDOW_MS = 10_000;

export const mobileRoutes = [
  route('POST', '/users/:userId/action/mobile/call', (ctx) => {
    const user = ownUser(ctx, { allowAlias: true });
    const number = requiredString(objectBody(ctx.body), 'PhoneNumber');
    if (!looksDiallable(number)) throw new HttpError(400, 'PhoneNumber is not a phone number');
    recordCall(ctx, user, number, 'Mobile');
    return { status: 200, body: {} };
  }),
];

/**
 * Records a call reaching EnreachVoice and classifies it by the 10-second rule (shared by the mobile
 * route and the webphone stand-in's call leg).
 * @param {import('../router.mjs').Ctx} ctx @param {{ Id: string, Email: string }} user @param {string} number
 * @param {'Mobile' | 'Webphone'} channel
 */
export function recordCall(ctx, user, number, channel) {
  const atMs = ctx.state.now();
  const activation = ctx.state.activations.findLast(
    (a) =>
      a.userId === user.Id &&
      !a.consumed &&
      sameNumber(a.number, number) &&
      atMs >= a.atMs &&
      atMs - a.atMs <= ACTIVATION_WINDOW_MS,
  );
  const base = {
    Channel: channel,
    PhoneNumber: number,
    userId: user.Id,
    userEmail: user.Email,
  };
  const at = new Date(atMs).toISOString();
  if (activation) {
    activation.consumed = true;
    ctx.state.calls.push({
      ...base,
      Kind: 'CallbackCall',
      at,
      atMs,
      CallbackRequestId: activation.requestId,
      CallbackListId: activation.listId,
      ActivationToCallMs: atMs - activation.atMs,
    });
  } else {
    ctx.state.calls.push({ ...base, Kind: 'DirectCall', at, atMs });
  }
}
