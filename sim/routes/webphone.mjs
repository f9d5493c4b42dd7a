// @ts-check
// POST /sim-webphone/call {PhoneNumber}: NOT an EnreachVoice REST route. The real webphone's call
// leaves over WebRTC/SIP; this stands for that leg reaching EnreachVoice, so the webphone stand-in
// (demo/webphone/) can make the simulator see the call and classify it by the 10-second rule.
// Authenticated like the API (the webphone is signed in as the agent), logged and faultable.
import { HttpError, objectBody, requiredString } from '../http.mjs';
import { looksDiallable } from '../phone.mjs';
import { route } from '../router.mjs';
import { recordCall } from './mobile.mjs';

export const webphoneRoutes = [
  route('POST', '/sim-webphone/call', (ctx) => {
    const user = ctx.user;
    if (!user) throw new HttpError(401, 'Authorization has been denied for this request.');
    const number = requiredString(objectBody(ctx.body), 'PhoneNumber');
    if (!looksDiallable(number)) throw new HttpError(400, 'PhoneNumber is not a phone number');
    recordCall(ctx, user, number, 'Webphone');
    return { status: 200, body: {} };
  }),
];
