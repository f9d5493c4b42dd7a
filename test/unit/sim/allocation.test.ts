// Auto-allocation, attempts and giving a request back.
import { AGENT, LISTS, REQUESTS, SUPERVISOR, call, signIn, useSimulator } from './sim-client';
import type { Session } from './sim-client';

const { sim, fresh } = useSimulator();
let agent: Session;
beforeEach(async () => {
  await fresh();
  agent = await signIn(sim(), AGENT);
});

const allocate = (session: Session, body?: unknown) =>
  session.call('/callbacks/auto-allocation-request', { method: 'POST', body });
const attempt = (id: string, Result: string, Note = '') =>
  agent.call(`/callbacks/${id}/attempts/`, { method: 'POST', body: { Result, Note } });

describe('auto-allocation', () => {
  test('hands out the most urgent open request of the lists I serve and assigns it to me', async () => {
    const answer = await allocate(agent);
    expect(answer.status).toBe(200);
    // Klaus (Support, 10 min overdue) beats everything due later.
    expect(answer.body).toMatchObject({ Id: REQUESTS.klausUnassignedOverdue, AssignedUserId: AGENT.id, IsClosed: false });
    const mine = await agent.call(`/users/${AGENT.id}/callbacks/?IsClosed=false`);
    expect(mine.body.map((r: { Id: string }) => r.Id)).toContain(REQUESTS.klausUnassignedOverdue);
  });

  test('hands out one at a time: the same request until it is handled', async () => {
    const first = await allocate(agent);
    expect((await allocate(agent)).body.Id).toBe(first.body.Id);
    expect((await attempt(first.body.Id, 'Busy')).status).toBe(200);
    const second = await allocate(agent);
    expect(second.body.Id).toBe(REQUESTS.erikUnassignedSales);
  });

  test('goes overdue → nearest due → oldest without a due time, then 204', async () => {
    const order: string[] = [];
    for (;;) {
      const answer = await allocate(agent);
      if (answer.status === 204) break;
      expect(answer.status).toBe(200);
      order.push(answer.body.Id.slice(-2));
      await attempt(answer.body.Id, 'ClosedSuccessfully');
    }
    expect(order).toEqual(['07', '08', '11', '20', '14', '19', '13', '12']);
    expect((await allocate(agent)).status).toBe(204);
  });

  test('CallbackListIds limits the lists; a list I may not handle is 403', async () => {
    const sales = await allocate(agent, { CallbackListIds: [LISTS.sales] });
    expect(sales.body).toMatchObject({ Id: REQUESTS.erikUnassignedSales, CallbackListId: LISTS.sales });
    await agent.call(`/callbacks/${sales.body.Id}/allocation/`, { method: 'DELETE' });
    expect((await allocate(agent, { CallbackListIds: [LISTS.vip] })).status).toBe(403);
    expect((await allocate(agent, { CallbackListIds: 'nope' })).status).toBe(400);
  });

  test('the supervisor, who may handle VIP, gets VIP requests', async () => {
    const supervisor = await signIn(sim(), SUPERVISOR);
    const vip = await allocate(supervisor, { CallbackListIds: [LISTS.vip] });
    expect(vip.body.Id).toBe(REQUESTS.vip);
  });
});

describe('attempts', () => {
  test('Busy keeps the request open and counts the attempt', async () => {
    const answer = await attempt(REQUESTS.matti, 'Busy', 'Line busy');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ Id: REQUESTS.matti, AttemptCount: 1, LastResult: 'Busy', IsClosed: false });
    expect(Date.parse(answer.body.LastAttemptTime)).not.toBeNaN();
  });

  test('ClosedSuccessfully closes it; a second attempt is 409', async () => {
    const answer = await attempt(REQUESTS.matti, 'ClosedSuccessfully', 'Sold 25 licences');
    expect(answer.body).toMatchObject({ IsClosed: true, ClosedByUserId: AGENT.id, LastResult: 'ClosedSuccessfully' });
    const again = await attempt(REQUESTS.matti, 'Busy');
    expect(again.status).toBe(409);
    expect(again.body.Message).toBe('Callback request is already closed');
  });

  test('an unknown Result is 400, an expired request 409, a VIP request 403, an unknown one 404', async () => {
    expect((await attempt(REQUESTS.matti, 'Maybe')).status).toBe(400);
    const expired = await attempt(REQUESTS.expired, 'ClosedSuccessfully');
    expect(expired).toMatchObject({ status: 409, body: { Message: 'Callback request has expired' } });
    expect((await attempt(REQUESTS.vip, 'Busy')).status).toBe(403);
    expect((await attempt(REQUESTS.unknown, 'Busy')).status).toBe(404);
  });

  test('the note is kept for the tests to read', async () => {
    await attempt(REQUESTS.sara, 'NoAnswer', 'Tried at 10:05');
    const attempts = (await call(sim(), '/__sim/attempts')).body;
    expect(attempts).toEqual([expect.objectContaining({ requestId: REQUESTS.sara, Result: 'NoAnswer', Note: 'Tried at 10:05' })]);
  });
});

describe('giving a request back', () => {
  test('DELETE allocation unassigns and answers 204', async () => {
    const answer = await agent.call(`/callbacks/${REQUESTS.matti}/allocation/`, { method: 'DELETE' });
    expect(answer.status).toBe(204);
    expect((await agent.call(`/callbacks/${REQUESTS.matti}/`)).body.AssignedUserId).toBeNull();
  });

  test('a released auto-allocation frees the agent for the next one', async () => {
    const first = await allocate(agent);
    await agent.call(`/callbacks/${first.body.Id}/allocation/`, { method: 'DELETE' });
    await call(sim(), '/__sim/assign', { method: 'POST', body: { requestId: first.body.Id, email: SUPERVISOR.email } });
    expect((await allocate(agent)).body.Id).not.toBe(first.body.Id);
  });

  test("someone else's allocation is 409", async () => {
    await call(sim(), '/__sim/assign', { method: 'POST', body: { requestId: REQUESTS.sara, email: SUPERVISOR.email } });
    expect((await agent.call(`/callbacks/${REQUESTS.sara}/allocation/`, { method: 'DELETE' })).status).toBe(409);
  });
});
