// The simulator's realtime hub: token, SignalR negotiate + WebSocket, subscriptions, events for
// allocation / attempts / expiry, keep-alive pings, and cut connections.
import { AGENT, REQUESTS, call, signIn, useSimulator } from './sim-client';
import type { Session } from './sim-client';
import { connect, waitFor, type TestSocket } from '../../../sim/ws-client.mjs';

const { sim, fresh } = useSimulator({ rteKeepAliveMs: 200, expirySweepMs: 50 });
let agent: Session;
const sockets: TestSocket[] = [];

beforeEach(async () => {
  await fresh();
  agent = await signIn(sim(), AGENT);
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});

async function openHub(): Promise<TestSocket> {
  const token = await agent.call(`/token/${AGENT.id}/rte/`);
  expect(token.status).toBe(200);
  const hub = `http://${token.body.WSSEndpoint}`;
  const negotiated = await fetch(`${hub}/negotiate?negotiateVersion=1`, { method: 'POST', headers: { Authorization: `Bearer ${token.body.Token}` } });
  expect(negotiated.status).toBe(200);
  const { connectionToken, availableTransports } = await negotiated.json();
  expect(availableTransports).toEqual([{ transport: 'WebSockets', transferFormats: ['Text', 'Binary'] }]);
  const socket = await connect(`${hub}?id=${connectionToken}&access_token=${token.body.Token}`);
  sockets.push(socket);
  socket.send({ protocol: 'json', version: 1 });
  await waitFor(() => socket.records.length > 0);
  expect(socket.records[0]).toEqual({});
  return socket;
}

const events = (socket: TestSocket) => socket.records.filter((r) => r.type === 1 && r.target === 'MessageReceived').map((r) => r.arguments[0].data);

test('the token names the hub without a scheme; a bad token or connection id is refused', async () => {
  const token = await agent.call(`/token/${AGENT.id}/rte/`);
  expect(token.body.WSSEndpoint).toBe(`${new URL(sim().url).host}/rte`);
  await expect(connect(`http://${token.body.WSSEndpoint}?id=nope&access_token=${token.body.Token}`)).rejects.toThrow('HTTP 404');
  await expect(connect(`http://${token.body.WSSEndpoint}?id=nope&access_token=forged.token.here`)).rejects.toThrow('HTTP 401');
  expect((await fetch(`http://${token.body.WSSEndpoint}/negotiate?negotiateVersion=1`, { method: 'POST' })).status).toBe(401);
});

test('a subscribed user hears UserCallbackChanged when a request is allocated to them', async () => {
  const socket = await openHub();
  socket.send({ type: 1, target: 'Subscribe', arguments: [[{ EntityId: AGENT.id, EventName: 'UserCallbackChanged' }]], invocationId: '1' });
  await waitFor(() => socket.records.find((r) => r.type === 3 && r.invocationId === '1'));
  await call(sim(), '/__sim/assign', { method: 'POST', body: { requestId: REQUESTS.erikUnassignedSales, email: AGENT.email } });
  // Other events may come first (the expiry sweep closes the seed's expired request of this agent).
  const event = await waitFor(() => events(socket).find((e) => e.callbackRequestId === REQUESTS.erikUnassignedSales));
  expect(event).toMatchObject({ eventType: 'UserCallbackChanged', callbackRequestId: REQUESTS.erikUnassignedSales, assignedUserId: AGENT.id });
});

test('list subscribers hear Created, Updated and Closed; expiry closes and announces by itself', async () => {
  const socket = await openHub();
  const sales = '3f6c9e12-4b7a-4d21-8e5f-5a1e5ca11b01';
  const names = ['CallbackCreated', 'CallbackUpdated', 'CallbackClosed'];
  socket.send({ type: 1, target: 'Subscribe', arguments: [names.map((EventName) => ({ EntityId: sales, EventName }))] });
  await waitFor(() => sim().state.realtime.list()[0]?.subscriptions.length === 3);
  const id = '00000000-0000-4000-8000-00000000abcd';
  await call(sim(), '/__sim/requests', { method: 'POST', body: { requests: [{ Id: id, CallbackListId: sales, ContactNumber: '+358401231231', ExpiryInMinutes: 1 }] } });
  await agent.call('/callbacks/auto-allocation-request', { method: 'POST', body: { CallbackListIds: [sales] } });
  await call(sim(), '/__sim/clock', { method: 'POST', body: { advanceMs: 120_000 } });
  const seen = await waitFor(() => (events(socket).some((e) => e.eventType === 'CallbackClosed' && e.callbackRequestId === id) ? events(socket) : undefined));
  expect(seen.map((e) => e.eventType)).toEqual(expect.arrayContaining(['CallbackCreated', 'CallbackUpdated', 'CallbackClosed']));
  expect(seen.find((e) => e.callbackRequestId === id && e.eventType === 'CallbackClosed')).toMatchObject({ change: 'expired', isClosed: true });
});

test('the hub pings every keep-alive interval, answers pings, and can drop connections', async () => {
  const socket = await openHub();
  await waitFor(() => socket.records.filter((r) => r.type === 6).length >= 2);
  socket.send({ type: 6 });
  await waitFor(() => sim().state.realtime.list()[0]?.received.pings === 1);
  expect((await call(sim(), '/__sim/rte')).body.connections).toHaveLength(1);
  expect((await call(sim(), '/__sim/rte/disconnect', { method: 'POST', body: { drop: true } })).body).toEqual({ disconnected: 1 });
  await socket.closed;
  expect((await call(sim(), '/__sim/rte')).body.connections).toEqual([]);
});

test('a fault on /rte refuses the upgrade, and the log shows it without the token', async () => {
  const token = await agent.call(`/token/${AGENT.id}/rte/`);
  await call(sim(), '/__sim/faults', { method: 'POST', body: { path: '^/rte\\?', status: 503, times: 1 } });
  await expect(connect(`http://${token.body.WSSEndpoint}?id=x&access_token=${token.body.Token}`)).rejects.toThrow('HTTP 503');
  const log = (await call(sim(), '/__sim/log')).body as Array<{ path: string; status: number; query: Record<string, string> }>;
  expect(log.at(-1)).toMatchObject({ path: '/rte', status: 503, query: { access_token: '***' } });
});

test('a handshake in another protocol is refused with an error record', async () => {
  const token = await agent.call(`/token/${AGENT.id}/rte/`);
  const hub = `http://${token.body.WSSEndpoint}`;
  const { connectionToken } = await (await fetch(`${hub}/negotiate?negotiateVersion=1`, { method: 'POST', headers: { Authorization: `Bearer ${token.body.Token}` } })).json();
  const socket = await connect(`${hub}?id=${connectionToken}&access_token=${token.body.Token}`);
  sockets.push(socket);
  socket.send({ protocol: 'messagepack', version: 1 });
  await socket.closed;
  expect(socket.records[0]).toEqual({ error: expect.stringContaining('messagepack') });
});
