// Discovery, authuser, Basic auth and /users/me, as the extension's sign-in uses them.
import { AGENT, basic, call, signIn, useSimulator } from './sim-client';

const { sim, fresh } = useSimulator();
beforeEach(fresh);

describe('discovery', () => {
  test('a known address gets one camelCase entry pointing back at the simulator', async () => {
    const answer = await call(sim(), '/api/user?user=Agent%40Demo.Example');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual([
      {
        siloName: expect.any(String),
        username: AGENT.email,
        apiEndpoint: `${sim().url}/`,
        uiEndpoint: expect.any(String),
        authority: null,
        authorityIdPHint: null,
        basicAuthEndpoint: expect.any(String),
      },
    ]);
  });

  test('an unknown address gets an empty array', async () => {
    const answer = await call(sim(), '/api/user?user=nobody%40demo.example');
    expect(answer).toMatchObject({ status: 200, body: [] });
  });

  test('an SSO user has an authority', async () => {
    const answer = await call(sim(), '/api/user?user=sso.agent%40demo.example');
    expect(answer.body[0].authority).toEqual(expect.stringMatching(/^https:\/\//));
  });
});

describe('authuser', () => {
  test('the right password gives the user id and a secret key', async () => {
    const answer = await call(sim(), '/authuser/agent@demo.example/', {
      method: 'POST',
      body: { UserName: AGENT.email, Password: AGENT.password },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ UserID: AGENT.id, SecretKey: expect.any(String) });
  });

  test.each([
    ['a wrong password', AGENT.email, 'wrong'],
    ['an unknown user', 'nobody@demo.example', 'demo-password'],
  ])('%s gets 401 with a Message', async (_, email, password) => {
    const answer = await call(sim(), `/authuser/${email}/`, {
      method: 'POST',
      body: { UserName: email, Password: password },
    });
    expect(answer).toMatchObject({ status: 401, body: { Message: 'Invalid username or password' } });
  });

  test('an SSO user has no password authuser accepts', async () => {
    const answer = await call(sim(), '/authuser/sso.agent@demo.example/', {
      method: 'POST',
      body: { UserName: 'sso.agent@demo.example', Password: 'anything' },
    });
    expect(answer.status).toBe(401);
  });

  test('a malformed JSON body gets 400 with a Message', async () => {
    const answer = await call(sim(), '/authuser/agent@demo.example/', { method: 'POST', rawBody: '{"UserName": ' });
    expect(answer.status).toBe(400);
    expect(answer.body.Message).toEqual(expect.any(String));
  });

  test('a body without UserName, or with another user, gets 400', async () => {
    const missing = await call(sim(), '/authuser/agent@demo.example/', { method: 'POST', body: { Password: 'x' } });
    const other = await call(sim(), '/authuser/agent@demo.example/', {
      method: 'POST',
      body: { UserName: 'supervisor@demo.example', Password: 'demo-password-2' },
    });
    expect([missing.status, other.status]).toEqual([400, 400]);
  });
});

describe('Basic auth', () => {
  test('no Authorization header gets 401 with a Message', async () => {
    const answer = await call(sim(), '/users/me');
    expect(answer.status).toBe(401);
    expect(answer.body.Message).toEqual(expect.any(String));
    expect(answer.headers.get('www-authenticate')).toBeNull();
  });

  test('a wrong key gets 401', async () => {
    expect((await call(sim(), '/users/me', { auth: basic(AGENT.email, 'not-the-key') })).status).toBe(401);
  });

  test('a revoked key gets 401, and signing in again gives a new key that works', async () => {
    const session = await signIn(sim(), AGENT);
    expect((await session.call('/users/me')).status).toBe(200);
    await call(sim(), '/__sim/revoke-key', { method: 'POST', body: { email: AGENT.email } });
    expect((await session.call('/users/me')).status).toBe(401);
    const again = await signIn(sim(), AGENT);
    expect(again.key).not.toBe(session.key);
    expect((await again.call('/users/me')).status).toBe(200);
  });

  test('users/me returns the user in PascalCase', async () => {
    const session = await signIn(sim(), AGENT);
    const answer = await session.call('/users/me');
    expect(answer.body).toMatchObject({
      Id: AGENT.id,
      OrganizationID: expect.any(String),
      FirstName: 'Aino',
      LastName: 'Agent',
      Email: AGENT.email,
      MobileNumber: expect.stringMatching(/^\+\d+$/),
    });
  });
});

describe('HTTP details', () => {
  test('a CORS preflight is answered and responses expose Retry-After', async () => {
    const res = await fetch(`${sim().url}/users/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://crm.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization.*X-Json-Serializer/);
    const answer = await call(sim(), '/users/me');
    expect(answer.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  test('an unknown path gets 404 and a wrong method 405', async () => {
    const session = await signIn(sim(), AGENT);
    expect((await session.call('/no/such/thing')).status).toBe(404);
    expect((await session.call('/users/me', { method: 'DELETE' })).status).toBe(405);
  });

  test('the RTE token looks like a JWT and names the endpoint without scheme', async () => {
    const session = await signIn(sim(), AGENT);
    const answer = await session.call(`/token/${AGENT.id}/rte/`);
    expect(answer.status).toBe(200);
    expect(answer.body.Token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(answer.body.WSSEndpoint).toBe(`${new URL(sim().url).host}/rte`);
    expect((await session.call('/token/someone-else/rte/')).status).toBe(403);
  });
});
