import { PING_INTERVAL_MS, RealtimeClient, SERVER_TIMEOUT_MS, type RealtimeDeps, type SocketLike } from '../../../src/background/realtime/realtime-client';
import { readHubMessage, splitRecords } from '../../../src/background/realtime/signalr-protocol';
import { AppError } from '../../../src/shared/errors';

const RS = '\u001e';

class FakeSocket implements SocketLike {
  sent: string[] = [];
  closed = false;
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  onerror: SocketLike['onerror'] = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.call(this as never, new Event('open'));
  }
  receive(...records: unknown[]) {
    this.onmessage?.call(this as never, { data: records.map((r) => JSON.stringify(r) + RS).join('') } as MessageEvent);
  }
  drop() {
    this.onclose?.call(this as never, new Event('close') as CloseEvent);
  }
  records() {
    return splitRecords(this.sent.join('')).records;
  }
}

function setup(overrides: Partial<RealtimeDeps> = {}) {
  const sockets: FakeSocket[] = [];
  let token = 0;
  const deps = {
    connectUrl: jest.fn(async () => `ws://rte.test/hub?id=c${++token}&access_token=t${token}`),
    createSocket: jest.fn((url: string) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    }),
    subscriptions: () => [{ EntityId: 'u1', EventName: 'UserCallbackChanged' }],
    onEvent: jest.fn(),
    onStateChange: jest.fn(),
    onUnauthorized: jest.fn(),
    now: () => Date.now(),
    random: () => 0,
    ...overrides,
  };
  return { client: new RealtimeClient(deps), deps, sockets };
}

async function connected(client: RealtimeClient, sockets: FakeSocket[]) {
  client.start();
  await Promise.resolve();
  await Promise.resolve();
  const socket = sockets.at(-1)!;
  socket.open();
  socket.receive({});
  return socket;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('the realtime (SignalR) client', () => {
  it('shakes hands in JSON, subscribes, and hands MessageReceived arguments on', async () => {
    const { client, deps, sockets } = setup();
    const socket = await connected(client, sockets);
    expect(socket.records()).toEqual([
      { protocol: 'json', version: 1 },
      { type: 1, target: 'Subscribe', arguments: [[{ EntityId: 'u1', EventName: 'UserCallbackChanged' }]], invocationId: '1' },
    ]);
    expect(client.isHealthy()).toBe(true);
    socket.receive({ type: 1, target: 'MessageReceived', arguments: [{ data: { eventType: 'UserCallbackChanged' } }] }, { type: 6 });
    expect(deps.onEvent).toHaveBeenCalledWith({ data: { eventType: 'UserCallbackChanged' } });
    expect((deps.onStateChange as jest.Mock).mock.calls.map(([state]) => state)).toEqual(['connecting', 'connected']);
  });

  it('pings every 15 s (keeping the service worker alive) and gives up on a silent server', async () => {
    const { client, sockets } = setup();
    const socket = await connected(client, sockets);
    jest.advanceTimersByTime(PING_INTERVAL_MS);
    expect(socket.records().at(-1)).toEqual({ type: 6 });
    socket.receive({ type: 6 });
    jest.advanceTimersByTime(PING_INTERVAL_MS);
    expect(client.isHealthy()).toBe(true);
    jest.advanceTimersByTime(SERVER_TIMEOUT_MS - PING_INTERVAL_MS); // 30 s without a word
    expect(client.isHealthy()).toBe(false);
    expect(client.current()).toBe('waiting');
    expect(socket.closed).toBe(true);
  });

  it('reconnects after a drop with backoff, fetching a fresh token every time', async () => {
    const { client, deps, sockets } = setup();
    const first = await connected(client, sockets);
    first.drop();
    expect(client.current()).toBe('waiting');
    await jest.advanceTimersByTimeAsync(4_000); // first backoff (random 0: half of 8 s)
    expect(deps.connectUrl).toHaveBeenCalledTimes(2);
    expect(sockets.map((s) => s.url)).toEqual(['ws://rte.test/hub?id=c1&access_token=t1', 'ws://rte.test/hub?id=c2&access_token=t2']);
    sockets[1]!.drop(); // dropped before the handshake: the backoff grows
    await jest.advanceTimersByTimeAsync(7_999);
    expect(deps.connectUrl).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(deps.connectUrl).toHaveBeenCalledTimes(3);
  });

  it('retries when the hub refuses the handshake or closes the connection', async () => {
    const { client, sockets } = setup();
    client.start();
    await Promise.resolve();
    await Promise.resolve();
    sockets[0]!.open();
    sockets[0]!.receive({ error: 'Requested protocol is not available.' });
    expect(client.current()).toBe('waiting');
    await jest.advanceTimersByTimeAsync(4_000);
    const second = sockets[1]!;
    second.open();
    second.receive({}, { type: 7, error: 'Server shutting down', allowReconnect: true });
    expect(client.current()).toBe('waiting');
  });

  it('stops (and reports) when the token request says 401; stop() ends everything', async () => {
    const { client, deps } = setup({ connectUrl: jest.fn().mockRejectedValue(new AppError('unauthorized', 'HTTP 401')) });
    client.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(deps.onUnauthorized).toHaveBeenCalledTimes(1);
    expect(client.current()).toBe('off');
    const other = setup();
    const socket = await connected(other.client, other.sockets);
    other.client.stop();
    expect(socket.closed).toBe(true);
    await jest.advanceTimersByTimeAsync(300_000);
    expect(other.deps.connectUrl).toHaveBeenCalledTimes(1);
  });
});

describe('the SignalR JSON protocol', () => {
  it('splits records on 0x1E and keeps a partial one for later', () => {
    expect(splitRecords(`{"type":6}${RS}{"type":1,"tar`)).toEqual({ records: [{ type: 6 }], rest: '{"type":1,"tar' });
    expect(splitRecords(`garbage${RS}{}${RS}`).records).toEqual([{}]);
  });

  it('reads events, completions, pings and close', () => {
    expect(readHubMessage({ type: 1, target: 'MessageReceived', arguments: [1] }, true)).toEqual({ kind: 'event', target: 'MessageReceived', args: [1] });
    expect(readHubMessage({ type: 3, invocationId: '1', error: 'no' }, true)).toEqual({ kind: 'completion', invocationId: '1', error: 'no' });
    expect(readHubMessage({ type: 7 }, true)).toEqual({ kind: 'close', allowReconnect: true });
    expect(readHubMessage({ error: 'x' }, false)).toEqual({ kind: 'handshake-error', error: 'x' });
  });
});
