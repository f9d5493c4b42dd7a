// Realtime events → my requests: which events to subscribe to, which of them mean "fetch my list
// again" (debounced: an allocation arrives as a list event and a user event together), and catching
// up after a reconnect, when events may have been missed.
import { readRteEvent } from '../../shared/api/callbacks-schemas';
import { RealtimeClient, type RealtimeState, type SocketLike } from './realtime-client';
import type { Subscription } from './signalr-protocol';

const USER_EVENTS = ['UserCallbackChanged', 'CallbackChanged'];
const LIST_EVENTS = ['CallbackCreated', 'CallbackUpdated', 'CallbackClosed'];
const EVENT_DEBOUNCE_MS = 150;

export interface LiveUpdatesDeps {
  connectUrl(): Promise<string>;
  createSocket(url: string): SocketLike;
  userId(): string | undefined;
  /** Whether a request id is in my list (its list events then change my list, not only counters). */
  isMine(requestId: string): boolean;
  fetchedAt(): number;
  refresh(): void;
  /** The list counters may have changed; `state`: the connection changed (for the popup's status). */
  announce(what: 'lists' | 'state'): void;
  onUnauthorized(): void;
  now(): number;
  random?: () => number;
}

export class LiveUpdates {
  readonly client: RealtimeClient;
  private listIds: string[] = [];
  private debounce: ReturnType<typeof setTimeout> | undefined;
  /** Set after the first connection: every later one is a reconnect. */
  private reconnected = false;

  constructor(private readonly deps: LiveUpdatesDeps) {
    this.client = new RealtimeClient({
      connectUrl: deps.connectUrl,
      createSocket: deps.createSocket,
      subscriptions: () => this.subscriptions(),
      onEvent: (argument) => this.onEvent(argument),
      onStateChange: (state) => this.onState(state),
      onUnauthorized: deps.onUnauthorized,
      now: deps.now,
      ...(deps.random ? { random: deps.random } : {}),
    });
  }

  /** The lists the popup showed: their events keep its counters current. */
  setLists(listIds: string[]): void {
    if (listIds.join() === this.listIds.join()) return;
    this.listIds = listIds;
    this.client.resubscribe();
  }

  private subscriptions(): Subscription[] {
    const userId = this.deps.userId() ?? '';
    return [
      ...USER_EVENTS.map((EventName) => ({ EntityId: userId, EventName })),
      ...this.listIds.flatMap((EntityId) => LIST_EVENTS.map((EventName) => ({ EntityId, EventName }))),
    ];
  }

  private onEvent(argument: unknown): void {
    const event = readRteEvent(argument);
    if (!event) return;
    this.deps.announce('lists');
    // A list event about someone else's request changes only the counters; anything else (user
    // events, numeric event types we cannot name) may change my list.
    const listEvent = typeof event.eventType === 'string' && LIST_EVENTS.includes(event.eventType);
    if (listEvent && !(event.requestId && this.deps.isMine(event.requestId))) return;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.deps.refresh(), EVENT_DEBOUNCE_MS);
  }

  private onState(state: RealtimeState): void {
    this.deps.announce('state');
    if (state !== 'connected') return;
    // The first connection of a worker's life follows a fetch, unless that fetch is old.
    if (this.reconnected || this.deps.now() - this.deps.fetchedAt() > 5_000) this.deps.refresh();
    this.reconnected = true;
  }
}
