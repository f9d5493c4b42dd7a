// Callback lists and requests: what the agent sees, and who may see what.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { AGENT, LISTS, REQUESTS, SUPERVISOR, call, signIn, useSimulator } from './sim-client';
import type { Session } from './sim-client';

const { sim, fresh } = useSimulator();
let agent: Session;
beforeEach(async () => {
  await fresh();
  agent = await signIn(sim(), AGENT);
});

describe('callback lists', () => {
  test('the agent sees the two lists they may handle, with counts', async () => {
    const answer = await agent.call(`/users/${AGENT.id}/callbacklists/`);
    expect(answer.status).toBe(200);
    expect(answer.body.map((l: { Name: string }) => l.Name)).toEqual(['Sales callbacks', 'Support callbacks']);
    for (const list of answer.body) {
      expect(list).toEqual({
        Id: expect.any(String),
        Name: expect.any(String),
        IsServing: true,
        OpenCount: expect.any(Number),
        DueInHourCount: expect.any(Number),
        ExpiresIn24hCount: expect.any(Number),
      });
      expect(list.OpenCount).toBeGreaterThan(0);
    }
  });

  test("another user's lists are 403", async () => {
    expect((await agent.call(`/users/${SUPERVISOR.id}/callbacklists/`)).status).toBe(403);
  });
});

describe('my requests', () => {
  test('IsClosed=false gives the open requests assigned to me, most urgent first', async () => {
    const answer = await agent.call(`/users/${AGENT.id}/callbacks/?IsClosed=false`);
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBeGreaterThanOrEqual(6);
    for (const r of answer.body) expect(r).toMatchObject({ AssignedUserId: AGENT.id, IsClosed: false });
    expect(answer.body[0].Id).toBe(REQUESTS.matti);
    const ids = answer.body.map((r: { Id: string }) => r.Id);
    expect(ids).toEqual(expect.arrayContaining([REQUESTS.matti, REQUESTS.sara]));
    expect(ids).not.toContain(REQUESTS.expired);
  });

  test('without the filter, closed and expired ones come too', async () => {
    const answer = await agent.call(`/users/${AGENT.id}/callbacks/`);
    const expired = answer.body.find((r: { Id: string }) => r.Id === REQUESTS.expired);
    expect(expired).toMatchObject({ IsClosed: true, LastResult: 'Expired' });
    expect(answer.body.some((r: { Id: string }) => r.Id === REQUESTS.closed)).toBe(true);
    const closed = await agent.call(`/users/${AGENT.id}/callbacks/?IsClosed=true`);
    expect(closed.body.every((r: { IsClosed: boolean }) => r.IsClosed)).toBe(true);
  });

  test("another user's requests are 403", async () => {
    expect((await agent.call(`/users/${SUPERVISOR.id}/callbacks/?IsClosed=false`)).status).toBe(403);
  });
});

describe('one request', () => {
  test('has the documented shape with ISO-8601 UTC times', async () => {
    const answer = await agent.call(`/callbacks/${REQUESTS.matti}/`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      Id: REQUESTS.matti,
      CallbackListId: LISTS.sales,
      CallbackListName: 'Sales callbacks',
      ContactNumber: '+358401234567',
      ContactName: 'Matti Meikäläinen',
      AssignedUserId: AGENT.id,
      AttemptCount: 0,
      IsClosed: false,
      HasVoicemail: true,
      LinkedRequestIds: [],
    });
    for (const field of ['CreatedTime', 'DueTime', 'ExpiryTime']) {
      expect(answer.body[field]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    }
    expect(Date.parse(answer.body.DueTime)).toBeLessThan(Date.now());
  });

  test('an unknown id is 404, a VIP request 403 for the agent but not for the supervisor', async () => {
    expect((await agent.call(`/callbacks/${REQUESTS.unknown}/`)).status).toBe(404);
    expect((await agent.call(`/callbacks/${REQUESTS.vip}/`)).status).toBe(403);
    const supervisor = await signIn(sim(), SUPERVISOR);
    expect((await supervisor.call(`/callbacks/${REQUESTS.vip}/`)).body.ContactNumber).toBe('+442071234567');
  });

  test('a request closes itself when its expiry time passes', async () => {
    expect((await agent.call(`/callbacks/${REQUESTS.sara}/`)).body.IsClosed).toBe(false);
    await call(sim(), '/__sim/clock', { method: 'POST', body: { offsetMs: 24 * 3_600_000 } });
    expect((await agent.call(`/callbacks/${REQUESTS.sara}/`)).body).toMatchObject({ IsClosed: true, LastResult: 'Expired' });
  });
});

describe('seed', () => {
  test('every contact number is a valid E.164 number and every id a standard GUID', async () => {
    const all = (await call(sim(), '/__sim/requests')).body;
    expect(all).toHaveLength(20);
    for (const r of all) {
      expect(r.ContactNumber).toMatch(/^\+\d{8,15}$/);
      expect(parsePhoneNumberFromString(r.ContactNumber)?.isValid()).toBe(true);
      expect(r.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});
