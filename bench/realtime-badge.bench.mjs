// How fast the toolbar badge shows a request newly allocated in EnreachVoice, with realtime on:
// from the allocation (a POST to the simulator) to chrome.action's badge text changing, read in the
// service worker. Baseline, same run: the same event reaching a bare SignalR client in Node (the
// push path alone, without the extension's fetch of the list).
import { connect, waitFor } from '../sim/ws-client.mjs';
import { AGENT, startWorkspaceWorld, stats } from './lib/workspace-world.mjs';

const SALES = '3f6c9e12-4b7a-4d21-8e5f-5a1e5ca11b01';
const ROUNDS = 15;
const KEY = 'sim-agent-key-Q7k2Xv9Lm4Rt8Wz1';

async function bareSubscriber(simUrl) {
  const auth = `Basic ${Buffer.from(`${AGENT.email}:${KEY}`).toString('base64')}`;
  const { Token, WSSEndpoint } = await (await fetch(`${simUrl}/token/${AGENT.id}/rte/`, { headers: { Authorization: auth } })).json();
  const negotiated = await (await fetch(`http://${WSSEndpoint}/negotiate?negotiateVersion=1`, { method: 'POST', headers: { Authorization: `Bearer ${Token}` } })).json();
  const socket = await connect(`http://${WSSEndpoint}?id=${negotiated.connectionToken}&access_token=${Token}`);
  socket.send({ protocol: 'json', version: 1 });
  socket.send({ type: 1, target: 'Subscribe', arguments: [[{ EntityId: AGENT.id, EventName: 'UserCallbackChanged' }]], invocationId: '1' });
  await waitFor(() => socket.records.some((r) => r.type === 3));
  return socket;
}

export default async function run({ log }) {
  const world = await startWorkspaceWorld();
  try {
    await world.live();
    const bare = await bareSubscriber(world.sim.url);
    const worker = world.browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));
    while ((await badge()) !== '7') await new Promise((resolve) => setTimeout(resolve, 50));
    const toBadge = [];
    const toBare = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const before = Number(await badge());
      const eventsBefore = bare.records.filter((r) => r.target === 'MessageReceived').length;
      const id = `00000000-0000-4000-9000-${String(round).padStart(12, '0')}`;
      const started = performance.now();
      await world.call('/__sim/requests', { requests: [{ Id: id, CallbackListId: SALES, ContactNumber: '+358401230000', ContactName: `Bench ${round}`, DueInMinutes: 90, AssignedUserEmail: AGENT.email }] });
      let bareAt;
      for (;;) {
        if (bareAt === undefined && bare.records.filter((r) => r.target === 'MessageReceived').length > eventsBefore) bareAt = performance.now();
        if (Number(await badge()) === before + 1) break;
        if (performance.now() - started > 10_000) throw new Error('the badge did not change within 10 s');
      }
      toBadge.push(performance.now() - started);
      await waitFor(() => bare.records.filter((r) => r.target === 'MessageReceived').length > eventsBefore);
      toBare.push((bareAt ?? performance.now()) - started);
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the notification and broadcasts settle
    }
    bare.destroy();
    log(`badge now ${await badge()}`);
    const badgeStats = stats(toBadge);
    const bareStats = stats(toBare);
    return {
      title: `Badge latency of a new allocation with realtime on (${ROUNDS} allocations)`,
      method:
        'Allocation = POST /__sim/requests with AssignedUserEmail (the hub publishes UserCallbackChanged). The bench reads chrome.action.getBadgeText in the service worker in a tight loop until the count rises. Between the event and the badge: a 150 ms debounce (events come in bursts), GET my requests, badge update.',
      rows: [
        { metric: 'allocation → badge, median', value: badgeStats.median, unit: 'ms', target: '< 2000', baseline: `event to a bare client: ${bareStats.median} ms` },
        { metric: 'allocation → badge, p95', value: badgeStats.p95, unit: 'ms', target: '< 2000', baseline: `bare client p95: ${bareStats.p95} ms` },
        { metric: 'allocation → badge, max', value: badgeStats.max, unit: 'ms', target: '< 2000' },
      ],
    };
  } finally {
    await world.close();
  }
}
