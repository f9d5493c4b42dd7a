// Our own small SignalR client for EnreachVoice's realtime channel (RTE): a fresh token and negotiate
// for every (re)connect (the token is checked only when connecting), the JSON handshake, Subscribe,
// MessageReceived events, and a ping every 15 s. The pings also keep the MV3 service worker alive
// (Chrome 116+ keeps a worker with an active WebSocket alive while it sends a message every < 30 s).
// A silent server (no message for 30 s) counts as gone; reconnects back off with jitter.
import { AppError } from '../../shared/errors';
import { backoffDelay, type BackoffPolicy, type Random } from '../backoff';
import { HANDSHAKE_REQUEST, PING, readHubMessage, splitRecords, subscribeInvocation, type Subscription } from './signalr-protocol';

/** The part of WebSocket the client uses (tests pass a fake). */
export type SocketLike = Pick<WebSocket, 'send' | 'close' | 'onopen' | 'onmessage' | 'onclose' | 'onerror'>;

export type RealtimeState = 'off' | 'connecting' | 'connected' | 'waiting';

export interface RealtimeDeps {
  /** Fetches a fresh token, negotiates, and returns the WebSocket URL. */
  connectUrl(): Promise<string>;
  createSocket(url: string): SocketLike;
  subscriptions(): Subscription[];
  onEvent(argument: unknown): void;
  onStateChange(state: RealtimeState): void;
  onUnauthorized(): void;
  now?: () => number;
  random?: Random;
}

export const PING_INTERVAL_MS = 15_000;
export const SERVER_TIMEOUT_MS = 30_000;
// A server restart drops every agent at once: the first retry is spread over 4–8 s, not one instant.
export const RECONNECT_POLICY: BackoffPolicy = { baseMs: 8_000, capMs: 120_000 };

export class RealtimeClient {
  private state: RealtimeState = 'off';
  private socket: SocketLike | undefined;
  private generation = 0;
  private failures = 0;
  private lastReceivedAt = 0;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private invocations = 0;

  constructor(private readonly deps: RealtimeDeps) {}

  current(): RealtimeState {
    return this.state;
  }

  /** Connected, and the server spoke within the timeout. */
  isHealthy(): boolean {
    return this.state === 'connected' && this.now() - this.lastReceivedAt < SERVER_TIMEOUT_MS;
  }

  /** Connects unless connected, connecting, or waiting out a backoff. */
  start(): void {
    if (this.state === 'off') void this.connect();
  }

  stop(): void {
    this.abandon();
    this.failures = 0;
    this.setState('off');
  }

  /** Subscribes to what `subscriptions()` now lists (the hub keeps a set, so repeats are harmless). */
  resubscribe(): void {
    if (this.state === 'connected') this.socket?.send(subscribeInvocation(this.deps.subscriptions(), String(++this.invocations)));
  }

  private async connect(): Promise<void> {
    const generation = ++this.generation;
    this.setState('connecting');
    let url: string;
    try {
      url = await this.deps.connectUrl();
    } catch (error) {
      if (generation !== this.generation) return;
      if (error instanceof AppError && (error.code === 'unauthorized' || error.code === 'signed-out')) {
        this.stop();
        if (error.code === 'unauthorized') this.deps.onUnauthorized();
        return;
      }
      return this.retryLater();
    }
    if (generation !== this.generation) return;
    this.open(url, generation);
  }

  private open(url: string, generation: number): void {
    const socket = this.deps.createSocket(url);
    this.socket = socket;
    let handshaken = false;
    let buffer = '';
    const stale = () => generation !== this.generation;
    this.later(SERVER_TIMEOUT_MS, () => !stale() && !handshaken && this.lost());
    socket.onopen = () => !stale() && socket.send(HANDSHAKE_REQUEST);
    socket.onclose = () => !stale() && this.lost();
    socket.onerror = () => undefined; // onclose follows and decides
    socket.onmessage = (event) => {
      if (stale()) return;
      this.lastReceivedAt = this.now();
      const { records, rest } = splitRecords(buffer + String(event.data));
      buffer = rest;
      for (const record of records) {
        const message = readHubMessage(record, handshaken);
        if (!handshaken) {
          if (message.kind === 'handshake-error') return this.lost();
          handshaken = true;
          this.connected(socket, generation);
        } else if (message.kind === 'event' && message.target === 'MessageReceived') this.deps.onEvent(message.args[0]);
        else if (message.kind === 'close') return this.lost();
      }
    };
  }

  private connected(socket: SocketLike, generation: number): void {
    this.failures = 0;
    this.setState('connected');
    socket.send(subscribeInvocation(this.deps.subscriptions(), String(++this.invocations)));
    const beat = () => {
      if (generation !== this.generation) return;
      if (this.now() - this.lastReceivedAt >= SERVER_TIMEOUT_MS) return this.lost();
      socket.send(PING);
      this.later(PING_INTERVAL_MS, beat);
    };
    this.later(PING_INTERVAL_MS, beat);
  }

  /** The connection is gone (closed, silent, refused): drop it and try again after a backoff. */
  private lost(): void {
    this.abandon();
    this.retryLater();
  }

  private retryLater(): void {
    this.failures += 1;
    this.setState('waiting');
    const generation = this.generation;
    this.later(backoffDelay(this.failures, RECONNECT_POLICY, this.deps.random), () => generation === this.generation && void this.connect());
  }

  /** Forgets the socket without waiting for a closing handshake a dead network never completes. */
  private abandon(): void {
    this.generation += 1;
    for (const timer of this.timers.splice(0)) clearTimeout(timer);
    const socket = this.socket;
    this.socket = undefined;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    try {
      socket.close(1000);
    } catch {
      // Already closed or never opened: nothing left to release.
    }
  }

  private later(ms: number, run: () => unknown): void {
    const timer = setTimeout(() => {
      this.timers = this.timers.filter((t) => t !== timer);
      run();
    }, ms);
    this.timers.push(timer);
  }

  private setState(state: RealtimeState): void {
    if (state === this.state) return;
    this.state = state;
    this.deps.onStateChange(state);
  }

  private now(): number {
    return this.deps.now ? this.deps.now() : Date.now();
  }
}
