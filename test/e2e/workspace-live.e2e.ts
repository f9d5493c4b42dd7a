// Fresh without reloads, in real Chromium: realtime (SignalR over WebSocket) keeps the badge and an
// open popup current; polling takes over when realtime is off; a dropped connection comes back with
// a fresh token; notifications for new requests can be turned off.
import { until, type World } from './harness';
import { badge, BLUE, type LogEntry, notificationIds, openPopup, RED, request, rteConnections, serviceWorker, setLocal, untilLive, useLiveWorld } from './workspace-helpers';

let world: World;

useLiveWorld((started) => (world = started));

const assign = (nn: string, email: string | null) => world.sim('/__sim/assign', { body: { requestId: request(nn), email } });
const tokenRequests = async () => (await world.sim<LogEntry[]>('/__sim/log')).filter((e) => e.path.endsWith('/rte/') && e.path.startsWith('/token/')).length;

async function clearNotifications() {
  const worker = await serviceWorker(world);
  await worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
}

async function settings(patch: Record<string, unknown>, timeScale?: number) {
  const options = await world.context.newPage();
  await options.goto(world.extensionUrl('options.html'));
  await options.evaluate(async (values) => {
    const stored = (await chrome.storage.local.get('settings')).settings ?? {};
    await chrome.storage.local.set({ settings: { ...stored, ...values } });
  }, patch);
  if (timeScale !== undefined) await setLocal(options, { devTimeScale: timeScale });
  await options.close();
}

test('the badge counts my open requests, red while one is due within the hour', async () => {
  // Seed: 7 open requests are mine; 01 and 18 are overdue, 02 is due in 30 min.
  await until(() => badge(world), (b) => b.text === '7' && b.color.join() === RED.join());
  for (const nn of ['01', '02', '18']) await assign(nn, null);
  const after = await until(() => badge(world), (b) => b.text === '4');
  expect(after.color).toEqual(BLUE);
});

test('a request allocated in EnreachVoice appears in the open popup, with a notification', async () => {
  await clearNotifications();
  const popup = await openPopup(world);
  await popup.getByText('Sara Svensson').waitFor();
  const started = Date.now();
  await assign('08', 'agent@demo.example');
  await popup.getByText('Erik Lindqvist').waitFor({ timeout: 5_000 });
  const shownAfterMs = Date.now() - started;
  expect(shownAfterMs).toBeLessThan(2_000);
  await until(() => badge(world), (b) => b.text === '8');
  await until(() => notificationIds(world), (ids) => ids.includes('evcb-new-requests'));
  await popup.close();
});

test('notifications can be turned off', async () => {
  await settings({ notifyNewRequests: false });
  await clearNotifications();
  await assign('08', 'agent@demo.example');
  await until(() => badge(world), (b) => b.text === '8');
  expect(await notificationIds(world)).toEqual([]);
  await settings({ notifyNewRequests: true });
});

test('with realtime off, polling (jittered, at the set interval) finds a new allocation', async () => {
  // Development installs may compress time: 60 s polls become ~2 s (STORAGE_KEYS.devTimeScale).
  await settings({ realtimeEnabled: false }, 30);
  try {
    await until(() => rteConnections(world), (connections) => connections.length === 0);
    const popup = await openPopup(world);
    await popup.getByText(/Checking every 1 min/).waitFor();
    await assign('08', 'agent@demo.example');
    await popup.getByText('Erik Lindqvist').waitFor({ timeout: 20_000 });
    const polls = (await world.sim<LogEntry[]>('/__sim/log')).filter((e) => e.method === 'GET' && e.path.endsWith('/callbacks/'));
    expect(polls.length).toBeGreaterThanOrEqual(2);
    await popup.close();
  } finally {
    // The next tests expect realtime, whatever happened here.
    await settings({ realtimeEnabled: true }, 1);
    await untilLive(world);
  }
});

test('a dropped realtime connection reconnects with a fresh token and catches up', async () => {
  const tokensBefore = await tokenRequests();
  await world.sim('/__sim/rte/disconnect', { body: { drop: true } });
  await assign('08', 'agent@demo.example'); // while nobody is listening
  await untilLive(world);
  expect(await tokenRequests()).toBeGreaterThan(tokensBefore);
  await until(() => badge(world), (b) => b.text === '8');
});
