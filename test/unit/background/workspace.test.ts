// The background workspace with a fake EnreachVoice and browser: realtime events refresh the list,
// polling takes over without realtime, the badge and notifications follow, a 401 signs out.
import type { PendingStore } from '../../../src/background/outcome-queue';
import type { SocketLike } from '../../../src/background/realtime/realtime-client';
import { SessionManager, type SessionArea } from '../../../src/background/session';
import { Workspace } from '../../../src/background/workspace';
import type { WorkspaceApi, WorkspacePlatform } from '../../../src/background/workspace-types';
import type { ApiCallbackRequest } from '../../../src/shared/api/callbacks-schemas';
import { AppError } from '../../../src/shared/errors';
import { DEFAULT_SETTINGS } from '../../../src/shared/storage/settings';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const iso = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
const request = (id: string, dueInMinutes?: number): ApiCallbackRequest => ({
  Id: id, CallbackListId: 'l1', CallbackListName: 'Sales', ContactNumber: '+358401234567', ContactName: `Contact ${id}`,
  CreatedTime: iso(-60), DueTime: dueInMinutes === undefined ? null : iso(dueInMinutes), AssignedUserId: 'u1',
  AttemptCount: 0, IsClosed: false, HasVoicemail: false,
});

function memoryArea(data: Record<string, unknown> = {}): SessionArea {
  return { get: async (key) => (key in data ? { [key]: data[key] } : {}), set: async (items) => void Object.assign(data, items), remove: async (key) => void delete data[key] };
}

async function setup({ realtime = true, mine = [request('a', 120)] } = {}) {
  const state = { mine, failNext: undefined as AppError | undefined };
  const sockets: SocketLike[] = [];
  const stored = { email: 'agent@demo.example', userId: 'u1', apiEndpoint: 'https://api.test', secretKey: 'k', remember: false };
  const area = memoryArea({ session: stored });
  const session = new SessionManager(area, { load: async () => null, save: async () => undefined, clear: async () => undefined });
  await session.restore();
  const api = {
    fetchMine: jest.fn(async () => {
      const error = state.failNext;
      state.failNext = undefined;
      if (error) throw error;
      return structuredClone(state.mine);
    }),
    realtimeUrl: jest.fn(async () => 'ws://rte.test/hub?id=1&access_token=t'),
  } as unknown as WorkspaceApi & { fetchMine: jest.Mock };
  let pending: unknown[] = [];
  const platform = {
    area,
    pendingStore: { load: async () => pending, save: async (items: unknown[]) => void (pending = items) } as PendingStore,
    badge: { setBadgeText: jest.fn(async () => undefined), setBadgeBackgroundColor: jest.fn(async () => undefined), setTitle: jest.fn(async () => undefined) },
    alarms: { create: jest.fn(async () => undefined), clear: jest.fn(async () => true) },
    notify: jest.fn(async () => undefined),
    settings: async () => ({ ...DEFAULT_SETTINGS, realtimeEnabled: realtime }),
    timeScale: async () => 1,
    broadcast: jest.fn(),
    createSocket: (url: string) => {
      const socket = { url, send: jest.fn(), close: jest.fn(), onopen: null, onmessage: null, onclose: null, onerror: null } as unknown as SocketLike;
      sockets.push(socket);
      return socket;
    },
    now: () => Date.now(),
    random: () => 0.5,
  } satisfies WorkspacePlatform;
  const workspace = new Workspace(session, api, platform);
  const lastBadge = () => (platform.badge.setBadgeText.mock.calls.at(-1) as unknown as [{ text: string }])[0].text;
  const lastColor = () => (platform.badge.setBadgeBackgroundColor.mock.calls.at(-1) as unknown as [{ color: string }])[0].color;
  const alarm = (name: string) => (platform.alarms.create.mock.calls as unknown as [string, { when: number }][]).filter(([n]) => n === name).at(-1)?.[1].when;
  /** Opens the realtime socket and completes the SignalR handshake. */
  const goLive = async () => {
    await jest.advanceTimersByTimeAsync(0);
    const socket = sockets.at(-1)!;
    socket.onopen?.call(socket as never, new Event('open'));
    socket.onmessage?.call(socket as never, { data: '{}\u001e' } as MessageEvent);
    const receive = (record: unknown) => socket.onmessage?.call(socket as never, { data: `${JSON.stringify(record)}\u001e` } as MessageEvent);
    return Object.assign((argument: unknown) => receive({ type: 1, target: 'MessageReceived', arguments: [argument] }), { ping: () => receive({ type: 6 }) });
  };
  return { workspace, api, platform, state, session, lastBadge, lastColor, alarm, goLive, pending: () => pending };
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.setSystemTime(NOW);
});
afterEach(() => jest.useRealTimers());

test('on start it fetches my requests, shows the badge and schedules the next (jittered) tick', async () => {
  const t = await setup({ mine: [request('a', 120), request('b', 30)] });
  await t.workspace.start();
  await jest.advanceTimersByTimeAsync(0);
  expect(t.api.fetchMine).toHaveBeenCalledTimes(1);
  expect(t.lastBadge()).toBe('2');
  expect(t.lastColor()).toBe('#B3261E'); // b is due within the hour
  expect(t.alarm('evcb-sync')! - NOW).toBe(60_000);
  // The badge turns red by itself when a due time comes within the hour: a = due in 120 min.
  t.state.mine = [request('a', 120)];
  await t.workspace.syncNow();
  expect(t.lastColor()).toBe('#0B5CAD');
  expect(t.alarm('evcb-badge')).toBe(NOW + 60 * 60_000 + 1_000);
});

test('realtime: an event refreshes the list at once; new allocations notify, my own Get next does not', async () => {
  const t = await setup();
  await t.workspace.start();
  const publish = await t.goLive();
  expect(t.workspace.syncStatus().mode).toBe('live');
  t.state.mine = [request('a', 120), request('new', 10)];
  publish({ data: { eventType: 'UserCallbackChanged', callbackRequestId: 'new' } });
  await jest.advanceTimersByTimeAsync(200);
  expect(t.lastBadge()).toBe('2');
  expect(t.platform.notify).toHaveBeenCalledWith({ title: 'New callback request for you', message: expect.stringContaining('Contact new (+358 40 1234567) · Sales · due in 10 min') });
  await t.workspace.requests.markTakenByMe('mine');
  t.state.mine = [...t.state.mine, request('mine')];
  publish({ data: { eventType: 'UserCallbackChanged', callbackRequestId: 'mine' } });
  await jest.advanceTimersByTimeAsync(200);
  expect(t.platform.notify).toHaveBeenCalledTimes(1);
  // A list event about someone else's request only updates the counters.
  const fetches = t.api.fetchMine.mock.calls.length;
  publish({ data: { eventType: 'CallbackUpdated', callbackRequestId: 'not-mine' } });
  await jest.advanceTimersByTimeAsync(200);
  expect(t.api.fetchMine).toHaveBeenCalledTimes(fetches);
  expect(t.platform.broadcast).toHaveBeenCalledWith('lists');
});

test('with realtime healthy a tick costs no request; without it, each tick polls', async () => {
  const live = await setup();
  await live.workspace.start();
  const hub = await live.goLive();
  const before = live.api.fetchMine.mock.calls.length;
  for (let minute = 0; minute < 10; minute += 1) {
    for (let beat = 0; beat < 4; beat += 1) {
      await jest.advanceTimersByTimeAsync(15_000);
      hub.ping(); // the hub's keep-alive
    }
    await live.workspace.onAlarm('evcb-sync');
  }
  expect(live.api.fetchMine).toHaveBeenCalledTimes(before);

  const polling = await setup({ realtime: false });
  await polling.workspace.start();
  jest.setSystemTime(NOW + 20 * 60_000);
  await polling.workspace.onAlarm('evcb-sync');
  expect(polling.api.fetchMine).toHaveBeenCalledTimes(2);
  expect(polling.workspace.syncStatus()).toMatchObject({ mode: 'polling', pollSeconds: 60 });
});

test('a 429 on a poll moves the next tick out past Retry-After', async () => {
  const t = await setup({ realtime: false });
  await t.workspace.start();
  jest.setSystemTime(NOW + 5 * 60_000);
  t.state.failNext = new AppError('rate-limited', 'busy', 120_000);
  await t.workspace.onAlarm('evcb-sync');
  expect(t.alarm('evcb-sync')! - (NOW + 5 * 60_000)).toBeGreaterThanOrEqual(120_000);
});

test('a 401 signs out, clears the badge and keeps pending outcomes', async () => {
  const t = await setup({ realtime: false });
  await t.workspace.start();
  await t.workspace.queue.add({ userId: 'u1', requestId: 'a', listId: 'l1', result: 'Busy', note: 'keep me', tagIds: [] }).catch(() => undefined);
  t.state.failNext = new AppError('unauthorized', 'HTTP 401');
  await t.workspace.syncNow();
  await t.workspace.onSessionChanged();
  expect(t.session.info()).toMatchObject({ signedIn: false });
  expect(t.lastBadge()).toBe('');
  expect(t.pending()).toEqual([expect.objectContaining({ note: 'keep me' })]);
});
