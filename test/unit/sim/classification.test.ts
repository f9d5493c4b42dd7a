// Classification of handled requests in the simulator, and generated request batches.
import { AGENT, LISTS, REQUESTS, call, signIn, useSimulator } from './sim-client';
import type { Session } from './sim-client';

const { sim, fresh } = useSimulator();
let agent: Session;
const SCHEMA = '9a7e4c21-5d3b-4f80-b2a6-c1a55e5c4e01';

beforeEach(async () => {
  await fresh();
  agent = await signIn(sim(), AGENT);
});

const classify = (body: Record<string, unknown>) => agent.call('/classification/instance', { method: 'POST', body });

test('the Sales list is bound to a schema with tag groups', async () => {
  const bindings = await agent.call('/classification/calllistschemas');
  expect(bindings.body).toEqual([{ ListId: LISTS.sales, ListName: 'Sales callbacks', SchemaId: SCHEMA, RequestTypeId: null }]);
  const bare = await agent.call(`/classification/schemas/${SCHEMA}`);
  expect(bare.body.Groups).toBeUndefined();
  const schema = await agent.call(`/classification/schemas/${SCHEMA}?IncludeChildren=true`);
  expect(schema.body.Groups.map((g: { Name: string }) => g.Name)).toEqual(['Topic', 'Next step']);
});

test('a CallListItem classification is kept with its tags and note', async () => {
  const answer = await classify({ TagSchemaId: SCHEMA, TagSelections: [{ TagId: 101 }, { TagId: 111 }], ClassifiedType: 'CallListItem', CallListItemId: REQUESTS.matti, Note: 'Quote sent' });
  expect(answer.status).toBe(200);
  expect(answer.body.TagSelections).toEqual([
    { TagId: 101, TagName: 'Quote', TagGroupName: 'Topic' },
    { TagId: 111, TagName: 'Send offer', TagGroupName: 'Next step' },
  ]);
  const kept = (await call(sim(), '/__sim/classifications')).body;
  expect(kept).toEqual([expect.objectContaining({ CallListItemId: REQUESTS.matti, Note: 'Quote sent', userId: AGENT.id })]);
});

test('classifications that break the rules are 400 (or 403 for a foreign list)', async () => {
  const base = { TagSchemaId: SCHEMA, ClassifiedType: 'CallListItem', CallListItemId: REQUESTS.matti };
  expect((await classify({ ...base, TagSelections: [] })).status).toBe(400);
  expect((await classify({ ...base, TagSelections: [{ TagId: 101 }, { TagId: 102 }] })).status).toBe(400);
  expect((await classify({ ...base, TagSelections: [{ TagId: 999 }] })).status).toBe(400);
  expect((await classify({ ...base, TagSelections: [{ TagId: 101 }], Note: 'x'.repeat(501) })).status).toBe(400);
  expect((await classify({ ...base, TagSelections: [{ TagId: 101 }], CallListItemId: REQUESTS.sara })).status).toBe(400);
  expect((await classify({ ...base, TagSelections: [{ TagId: 101 }], CallListItemId: REQUESTS.vip })).status).toBe(403);
});

test('a generated batch is assigned, deterministic and listed most urgent first', async () => {
  const created = await call(sim(), '/__sim/requests', { method: 'POST', body: { generate: { count: 300, assignTo: AGENT.email } } });
  expect(created.body.created).toBe(300);
  const mine = await agent.call(`/users/${AGENT.id}/callbacks/?IsClosed=false`);
  expect(mine.body.length).toBeGreaterThanOrEqual(300);
  expect(mine.body.filter((r: { Id: string }) => r.Id.startsWith('00000000-0000-4000-8000-'))).toHaveLength(300);
  const again = await call(sim(), '/__sim/requests', { method: 'POST', body: { generate: { count: 1 } } });
  expect(again.status).toBe(409);
});

test('a new request for a number with an open request is linked to it, both ways', async () => {
  const id = '00000000-0000-4000-8000-0000000000dd';
  await call(sim(), '/__sim/requests', { method: 'POST', body: { requests: [{ Id: id, CallbackListId: LISTS.support, ContactNumber: '+358 40 123 4567' }] } });
  expect((await call(sim(), `/__sim/request/${id}`)).body.LinkedRequestIds).toEqual([REQUESTS.matti]);
  expect((await agent.call(`/callbacks/${REQUESTS.matti}/`)).body.LinkedRequestIds).toEqual([id]);
});
