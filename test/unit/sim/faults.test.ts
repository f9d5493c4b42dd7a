// Injected faults: rate limits, errors, slow answers, dropped connections.
import { AGENT, call, signIn, useSimulator } from './sim-client';
import type { Session } from './sim-client';

const { sim, fresh } = useSimulator();
let agent: Session;
beforeEach(async () => {
  await fresh();
  agent = await signIn(sim(), AGENT);
});

const addFault = (spec: unknown) => call(sim(), '/__sim/faults', { method: 'POST', body: spec });

test('429 with Retry-After, readable by a page thanks to Expose-Headers', async () => {
  await addFault({ path: '/users/me', status: 429, retryAfterSeconds: 7 });
  const answer = await agent.call('/users/me');
  expect(answer.status).toBe(429);
  expect(answer.headers.get('retry-after')).toBe('7');
  expect(answer.headers.get('access-control-expose-headers')).toBe('Retry-After');
  expect(answer.body.Message).toEqual(expect.any(String));
});

test('times limits how often a fault applies', async () => {
  await addFault({ path: 'callbacklists', status: 500, times: 2 });
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await agent.call(`/users/${AGENT.id}/callbacklists/`)).status);
  expect(statuses).toEqual([500, 500, 200]);
  expect((await call(sim(), '/__sim/faults')).body).toEqual([]);
});

test('a regular expression and a method narrow the match', async () => {
  await addFault({ path: '^/callbacks/[0-9a-f-]+/attempts/?$', method: 'POST', status: 503 });
  expect((await agent.call('/users/me')).status).toBe(200);
  const answer = await agent.call('/callbacks/7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01/attempts/', {
    method: 'POST',
    body: { Result: 'Busy', Note: '' },
  });
  expect(answer.status).toBe(503);
  // A faulted request never reached the handler.
  expect((await agent.call('/callbacks/7d1c2a64-3b1e-4f7a-9c55-2f0e8a6b1d01/')).body.AttemptCount).toBe(0);
});

test('drop closes the connection without an answer', async () => {
  await addFault({ path: '/users/me', drop: true, times: 1 });
  await expect(agent.call('/users/me')).rejects.toThrow();
  expect((await agent.call('/users/me')).status).toBe(200);
});

test('delayMs slows the real answer down', async () => {
  await addFault({ path: '/users/me', delayMs: 300 });
  const started = Date.now();
  const answer = await agent.call('/users/me');
  expect(answer.status).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(280);
});

test('faulted requests are logged with the injected status; DELETE and reset clear faults', async () => {
  const { body: fault } = await addFault({ path: '/users/me', status: 500 });
  await agent.call('/users/me');
  const log = (await call(sim(), '/__sim/log')).body;
  expect(log.at(-1)).toMatchObject({ path: '/users/me', status: 500, fault: fault.id });
  expect((await call(sim(), '/__sim/faults', { method: 'DELETE' })).status).toBe(204);
  expect((await agent.call('/users/me')).status).toBe(200);
  await addFault({ path: '/users/me', status: 500 });
  await fresh();
  expect((await agent.call('/users/me')).status).toBe(200);
});

test('/__sim/ itself is never faulted, and a bad fault spec is 400', async () => {
  await addFault({ path: '.*', status: 500 });
  expect((await call(sim(), '/__sim/log')).status).toBe(200);
  expect((await addFault({ path: '/users/me' })).status).toBe(400);
  expect((await addFault({ path: '/users/me', status: 'soon' })).status).toBe(400);
});
