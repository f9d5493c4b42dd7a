// @ts-check
// POST /authuser/{email}/: trade the password for the long-lived secret key. The key does not
// change on a second sign-in; only /__sim/revoke-key replaces it.
import { HttpError, objectBody, requiredString } from '../http.mjs';
import { route } from '../router.mjs';

export const WRONG_CREDENTIALS_MESSAGE = 'Invalid username or password';

export const authRoutes = [
  route(
    'POST',
    '/authuser/:email',
    (ctx) => {
      const email = ctx.params.email ?? '';
      ctx.logEmail = email;
      const body = objectBody(ctx.body);
      const userName = requiredString(body, 'UserName');
      const password = requiredString(body, 'Password');
      if (userName.trim().toLowerCase() !== email.trim().toLowerCase()) {
        throw new HttpError(400, 'UserName does not match the user in the path');
      }
      const user = ctx.state.userByEmail(email);
      // SSO users (Password null) have no password this endpoint accepts.
      if (!user || user.Password === null || user.Password !== password) {
        throw new HttpError(401, WRONG_CREDENTIALS_MESSAGE);
      }
      return {
        status: 200,
        body: {
          UserID: user.Id,
          SecretKey: ctx.state.secretKeyOf(user),
          OrganizationID: ctx.state.organizationId,
          Email: user.Email,
        },
      };
    },
    { auth: false },
  ),
];
