// The request log: what the client sent, minus every credential.
import { AGENT, REQUESTS, call, signIn, useSimulator } from './sim-client';

const { sim, fresh } = useSimulator();
beforeEach(fresh);

test('records method, path, query, parsed body, status, user and the API headers', async () => {
  const agent = await signIn(sim(), AGENT);
  await agent.call(`/users/${AGENT.id}/callbacks/?IsClosed=false`);
  await agent.call(`/callbacks/${REQUESTS.sara}/attempts/`, { method: 'POST', body: { Result: 'Busy', Note: 'n' } });
  const log = (await call(sim(), '/__sim/log')).body;
  expect(log.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3]);
  expect(log[1]).toMatchObject({
    method: 'GET',
    path: `/users/${AGENT.id}/callbacks/`,
    query: { IsClosed: 'false' },
    body: null,
    status: 200,
    userEmail: AGENT.email,
    headers: { accept: 'application/json', xJsonSerializer: '2' },
  });
  expect(log[2]).toMatchObject({ method: 'POST', body: { Result: 'Busy', Note: 'n' }, status: 200 });
  const since = (await call(sim(), '/__sim/log?since=2')).body;
  expect(since.map((e: { seq: number }) => e.seq)).toEqual([3]);
});

test('never contains the password, the secret key or the Authorization header', async () => {
  const agent = await signIn(sim(), AGENT);
  await agent.call('/users/me');
  await call(sim(), `/authuser/${AGENT.email}/`, { method: 'POST', body: { UserName: AGENT.email, Password: 'wrong-pw' } });
  await call(sim(), '/users/me', { auth: agent.auth.replace(/.$/, 'x') });
  const text = JSON.stringify((await call(sim(), '/__sim/log')).body);
  for (const secret of [AGENT.password, 'wrong-pw', agent.key, agent.auth, agent.auth.slice('Basic '.length)]) {
    expect(text).not.toContain(secret);
  }
  expect(text).toContain('"Password":"***"');
  expect(text).not.toMatch(/authorization/i);
});

test('the harness calls themselves are not logged', async () => {
  await call(sim(), '/__sim/requests');
  await call(sim(), '/__sim/calls');
  expect((await call(sim(), '/__sim/log')).body).toEqual([]);
});
