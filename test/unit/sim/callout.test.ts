// Callout activation and the 10-second rule that makes a mobile call a callback call.
import { AGENT, LISTS, REQUESTS, SUPERVISOR, call, signIn, useSimulator } from './sim-client';
import type { Session } from './sim-client';

let wallClock = Date.parse('2026-03-02T08:00:00.000Z');
const { sim, fresh } = useSimulator({ now: () => wallClock });
let agent: Session;
beforeEach(async () => {
  await fresh();
  agent = await signIn(sim(), AGENT);
});

const MATTI = { TargetNumber: '+358401234567', CallbackRequestId: REQUESTS.matti, CallbackListId: LISTS.sales };
const activate = (session: Session, body: unknown, user = 'me') =>
  session.call(`/users/${user}/features/callout/activate/`, { method: 'POST', body });
const mobileCall = (session: Session, PhoneNumber: string) =>
  session.call('/users/me/action/mobile/call/', { method: 'POST', body: { PhoneNumber } });
const calls = async () => (await call(sim(), '/__sim/calls')).body;

describe('callout activation', () => {
  test('a valid activation is 200 {} and recorded', async () => {
    const answer = await activate(agent, MATTI);
    expect(answer).toMatchObject({ status: 200, body: {} });
    const activations = (await call(sim(), '/__sim/activations')).body;
    expect(activations).toEqual([
      expect.objectContaining({ userId: AGENT.id, number: '+358401234567', requestId: REQUESTS.matti, listId: LISTS.sales }),
    ]);
  });

  test('the user part may be me, [ME] or my own id, but not someone else', async () => {
    expect((await activate(agent, MATTI, '[ME]')).status).toBe(200);
    expect((await activate(agent, MATTI, AGENT.id)).status).toBe(200);
    expect((await activate(agent, MATTI, SUPERVISOR.id)).status).toBe(403);
  });

  test.each([
    ['TargetNumber', 400],
    ['CallbackRequestId', 400],
    ['CallbackListId', 400],
  ])('missing %s is %d', async (field, status) => {
    const body: Record<string, string> = { ...MATTI };
    delete body[field];
    expect((await activate(agent, body)).status).toBe(status);
  });

  test('unknown request 404, list mismatch 400, VIP list 403, expired 409', async () => {
    expect((await activate(agent, { ...MATTI, CallbackRequestId: REQUESTS.unknown })).status).toBe(404);
    expect((await activate(agent, { ...MATTI, CallbackListId: LISTS.support })).status).toBe(400);
    const vip = await activate(agent, { TargetNumber: '+442071234567', CallbackRequestId: REQUESTS.vip, CallbackListId: LISTS.vip });
    expect(vip.status).toBe(403);
    const expired = await activate(agent, {
      TargetNumber: '+358401112223',
      CallbackRequestId: REQUESTS.expired,
      CallbackListId: LISTS.sales,
    });
    expect(expired).toMatchObject({ status: 409, body: { Message: 'Callback request has expired' } });
  });

  test('a closed request is 409', async () => {
    await agent.call(`/callbacks/${REQUESTS.matti}/attempts/`, { method: 'POST', body: { Result: 'WrongNumber', Note: '' } });
    expect((await activate(agent, MATTI)).status).toBe(409);
  });
});

describe('the 10-second rule', () => {
  test('a mobile call within 10 s of the activation is a callback call of that request and list', async () => {
    await activate(agent, MATTI);
    wallClock += 9_999;
    expect((await mobileCall(agent, '+358 40 123 4567')).status).toBe(200);
    expect(await calls()).toEqual([
      expect.objectContaining({
        Kind: 'CallbackCall',
        PhoneNumber: '+358 40 123 4567',
        userId: AGENT.id,
        CallbackRequestId: REQUESTS.matti,
        CallbackListId: LISTS.sales,
        ActivationToCallMs: 9_999,
      }),
    ]);
  });

  test('a mobile call after the window is a direct call', async () => {
    await activate(agent, MATTI);
    wallClock += 10_001;
    await mobileCall(agent, '+358401234567');
    const [only] = await calls();
    expect(only).toMatchObject({ Kind: 'DirectCall', PhoneNumber: '+358401234567' });
    expect(only.CallbackRequestId).toBeUndefined();
  });

  test('/__sim/clock moves simulated time the same way', async () => {
    await activate(agent, MATTI);
    await call(sim(), '/__sim/clock', { method: 'POST', body: { advanceMs: 11_000 } });
    await mobileCall(agent, '+358401234567');
    expect((await calls())[0].Kind).toBe('DirectCall');
  });

  test('one activation pays for one call; another number or user gets a direct call', async () => {
    await activate(agent, MATTI);
    await mobileCall(agent, '+46701234567');
    const supervisor = await signIn(sim(), SUPERVISOR);
    await mobileCall(supervisor, '+358401234567');
    await mobileCall(agent, '00358401234567');
    await mobileCall(agent, '+358401234567');
    expect((await calls()).map((c: { Kind: string }) => c.Kind)).toEqual([
      'DirectCall',
      'DirectCall',
      'CallbackCall',
      'DirectCall',
    ]);
  });

  test('a call without a number is 400', async () => {
    expect((await agent.call('/users/me/action/mobile/call/', { method: 'POST', body: {} })).status).toBe(400);
  });
});
