// @ts-check
// GET /api/user?user={email}: the discovery service. The real one lives on its own host
// (discover.enreachvoice.com); the simulator answers it on the API port so one URL does for both.
import { HttpError } from '../http.mjs';
import { route } from '../router.mjs';

export const discoveryRoutes = [
  route(
    'GET',
    '/api/user',
    (ctx) => {
      const email = ctx.query.get('user');
      if (!email) throw new HttpError(400, 'The query parameter user is required');
      const user = ctx.state.userByEmail(email);
      if (!user) return { status: 200, body: [] };
      // camelCase here, unlike the API; apiEndpoint ends with "/" so clients must strip it.
      const entry = {
        siloName: 'simulator',
        username: user.Email,
        apiEndpoint: ctx.apiEndpoint,
        uiEndpoint: new URL('ui/', ctx.apiEndpoint).href,
        authority: user.Authority,
        authorityIdPHint: user.Authority ? 'simulator-idp' : null,
        basicAuthEndpoint: ctx.apiEndpoint,
      };
      return { status: 200, body: [entry] };
    },
    { auth: false },
  ),
];
