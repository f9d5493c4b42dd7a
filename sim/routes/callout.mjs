// @ts-check
// POST /users/me/features/callout/activate/: announce a callback call, so that the call reaching
// EnreachVoice within 10 s is placed on behalf of the list (enreachvoice-api.md §3).
import { assertMayHandle, ownUser } from '../access.mjs';
import { HttpError, objectBody, requiredString } from '../http.mjs';
import { route } from '../router.mjs';
import { looksDiallable } from '../phone.mjs';
import { closedMessage } from './callbacks.mjs';

export const calloutRoutes = [
  route('POST', '/users/:userId/features/callout/activate', (ctx) => {
    const user = ownUser(ctx, { allowAlias: true });
    const body = objectBody(ctx.body);
    const number = requiredString(body, 'TargetNumber');
    const requestId = requiredString(body, 'CallbackRequestId');
    const listId = requiredString(body, 'CallbackListId');
    if (!looksDiallable(number)) throw new HttpError(400, 'TargetNumber is not a phone number');
    const request = ctx.state.getRequest(requestId);
    if (!request) throw new HttpError(404, `Callback request ${requestId} was not found`);
    if (request.CallbackListId.toLowerCase() !== listId.toLowerCase()) {
      throw new HttpError(400, 'CallbackListId does not match the callback request');
    }
    assertMayHandle(ctx, listId);
    if (request.IsClosed) throw new HttpError(409, closedMessage(request));
    const atMs = ctx.state.now();
    ctx.state.activations.push({
      userId: user.Id,
      userEmail: user.Email,
      number,
      requestId: request.Id,
      listId: request.CallbackListId,
      at: new Date(atMs).toISOString(),
      atMs,
      consumed: false,
    });
    return { status: 200, body: {} };
  }),
];
