// The callback API client against the simulator: every call of the callback surface, parsed by its
// zod schema, and the realtime endpoint rules.
import { fetchMyCallbackLists, fetchMyCallbackRequests, recordCallbackAttempt, releaseCallback, requestNextCallback } from '../../../src/shared/api/callbacks';
import { readRteEvent } from '../../../src/shared/api/callbacks-schemas';
import { classifyCallbackRequest, fetchListSchemaBindings, fetchTagSchema } from '../../../src/shared/api/classification';
import type { Credentials } from '../../../src/shared/api/client';
import { fetchRealtimeTarget, hubUrlOf, negotiateWebSocketUrl } from '../../../src/shared/api/realtime';
import { AppError } from '../../../src/shared/errors';
import { AGENT, LISTS, REQUESTS, call, useSimulator } from '../sim/sim-client';

const { sim, fresh } = useSimulator();
let credentials: Credentials;
beforeEach(async () => {
  await fresh();
  credentials = { apiEndpoint: `${sim().url}/`, email: AGENT.email, secretKey: 'sim-agent-key-Q7k2Xv9Lm4Rt8Wz1' };
});

test('lists I may handle, with counters; requests assigned to me', async () => {
  const lists = await fetchMyCallbackLists(credentials, AGENT.id);
  expect(lists.map((l) => [l.Name, l.IsServing])).toEqual([['Sales callbacks', true], ['Support callbacks', true]]);
  expect(lists[0]).toEqual(expect.objectContaining({ OpenCount: expect.any(Number), DueInHourCount: expect.any(Number), ExpiresIn24hCount: expect.any(Number) }));
  const mine = await fetchMyCallbackRequests(credentials, AGENT.id);
  expect(mine.every((r) => !r.IsClosed && r.AssignedUserId === AGENT.id)).toBe(true);
  expect(mine.find((r) => r.Id === REQUESTS.matti)).toMatchObject({ HasVoicemail: true, ContactNumber: '+358401234567' });
});

test('auto-allocation: one at a time, most urgent first, only lists I serve; null (204) when none wait', async () => {
  const first = await requestNextCallback(credentials);
  expect(first?.Id).toBe(REQUESTS.klausUnassignedOverdue);
  expect((await requestNextCallback(credentials))?.Id).toBe(REQUESTS.klausUnassignedOverdue); // until handled
  await releaseCallback(credentials, REQUESTS.klausUnassignedOverdue);
  expect((await requestNextCallback(credentials, [LISTS.sales]))?.Id).toBe(REQUESTS.erikUnassignedSales);
  await expect(requestNextCallback(credentials, [LISTS.vip])).rejects.toMatchObject({ code: 'forbidden' });
  let next = await requestNextCallback(credentials);
  for (let i = 0; next && i < 20; i += 1) {
    await recordCallbackAttempt(credentials, next.Id, { result: 'WrongNumber', note: '' });
    next = await requestNextCallback(credentials);
  }
  expect(next).toBeNull();
});

test('attempts: Busy and NoAnswer keep the request open, the others close it', async () => {
  const busy = await recordCallbackAttempt(credentials, REQUESTS.sara, { result: 'Busy', note: 'try later' });
  expect(busy).toMatchObject({ IsClosed: false, AttemptCount: 1, LastResult: 'Busy' });
  const noAnswer = await recordCallbackAttempt(credentials, REQUESTS.sara, { result: 'NoAnswer', note: '' });
  expect(noAnswer).toMatchObject({ IsClosed: false, AttemptCount: 2 });
  const done = await recordCallbackAttempt(credentials, REQUESTS.sara, { result: 'CustomerCancelled', note: 'no longer needed' });
  expect(done).toMatchObject({ IsClosed: true, LastResult: 'CustomerCancelled' });
  const again = recordCallbackAttempt(credentials, REQUESTS.sara, { result: 'Other', note: '' });
  await expect(again).rejects.toBeInstanceOf(AppError);
});

test('classification of a handled request when its list has a schema', async () => {
  const bindings = await fetchListSchemaBindings(credentials);
  expect(bindings).toEqual([expect.objectContaining({ ListId: LISTS.sales })]);
  const schema = await fetchTagSchema(credentials, bindings[0]!.SchemaId);
  expect(schema.Groups.map((g) => g.Tags.length)).toEqual([3, 2]);
  await classifyCallbackRequest(credentials, { schemaId: schema.Id, requestId: REQUESTS.matti, tagIds: [101], note: 'x'.repeat(600) });
  const kept = (await call(sim(), '/__sim/classifications')).body;
  expect(kept[0]).toMatchObject({ ClassifiedType: 'CallListItem', CallListItemId: REQUESTS.matti, TagSelections: [{ TagId: 101 }] });
  expect(kept[0].Note).toHaveLength(500);
});

test('realtime: a fresh token, negotiate, and the WebSocket URL (ws only for a loopback http API)', async () => {
  const target = await fetchRealtimeTarget(credentials, AGENT.id);
  expect(target.hubUrl).toBe(`${sim().url}/rte`);
  const url = new URL(await negotiateWebSocketUrl(target));
  expect(url.protocol).toBe('ws:');
  expect(url.searchParams.get('id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(url.searchParams.get('access_token')).toBe(target.token);
  expect(hubUrlOf('rte.enreachvoice.com/hub', 'https://api.enreachvoice.com/')).toBe('https://rte.enreachvoice.com/hub');
  expect(hubUrlOf('127.0.0.1:9/rte', 'http://127.0.0.1:9/')).toBe('http://127.0.0.1:9/rte');
  // A plain-http API elsewhere never downgrades realtime.
  expect(hubUrlOf('rte.example.com/hub', 'http://api.example.com/')).toBe('https://rte.example.com/hub');
  expect(hubUrlOf('rte.example.com/hub', 'http://127.0.0.1:9/')).toBe('https://rte.example.com/hub');
});

test('realtime payloads: ids in either case, event types as names or numbers', () => {
  expect(readRteEvent({ data: { eventType: 'CallbackClosed', callbackRequestId: 'r', callbackListId: 'l' } })).toEqual({ eventType: 'CallbackClosed', requestId: 'r', listId: 'l' });
  expect(readRteEvent({ data: { eventType: 42, CallbackRequestId: 'R' } })).toEqual({ eventType: 42, requestId: 'R', listId: undefined });
  expect(readRteEvent('nonsense')).toBeUndefined();
});
