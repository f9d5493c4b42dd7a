// The callback workspace in the background: keeps "my requests" current (realtime when it is
// healthy, polling with chrome.alarms otherwise), drives the badge and notifications, and works off
// the outcome queue. Everything survives a service worker restart: state is in storage.session and
// IndexedDB, timers are alarms, and start() rebuilds the rest. Message handlers: workspace-handlers.ts.
import type { SyncStatus } from '../shared/messages/workspace-contract';
import { ALARMS } from './alarm-names';
import { updateBadge } from './badge';
import { Classifier } from './classifier';
import { MyRequests, type RequestsChange } from './my-requests';
import { newRequestsNotice } from './new-request-notice';
import { createOutcomeQueue } from './outcome-wiring';
import type { OutcomeQueue } from './outcome-queue';
import { LiveUpdates } from './realtime/live-updates';
import type { RealtimeClient } from './realtime/realtime-client';
import type { SessionManager } from './session';
import { SyncLoop } from './sync-loop';
import type { WorkspaceApi, WorkspacePlatform } from './workspace-types';

export class Workspace {
  readonly requests: MyRequests;
  readonly queue: OutcomeQueue;
  readonly realtime: RealtimeClient;
  readonly live: LiveUpdates;
  readonly classifier: Classifier;
  readonly sync: SyncLoop;

  constructor(
    readonly session: SessionManager,
    readonly api: WorkspaceApi,
    readonly platform: WorkspacePlatform,
  ) {
    this.requests = new MyRequests(platform.area, (userId) => api.fetchMine(session.requireCredentials(), userId), (change) => this.onRequestsChanged(change), () => this.now());
    this.classifier = new Classifier({ bindings: () => api.bindings(session.requireCredentials()), schema: (id) => api.schema(session.requireCredentials(), id) }, () => this.now());
    this.queue = createOutcomeQueue(this);
    this.live = new LiveUpdates({
      connectUrl: () => api.realtimeUrl(session.requireCredentials(), this.userId() ?? ''),
      createSocket: (url) => platform.createSocket(url),
      userId: () => this.userId(),
      isMine: (id) => Boolean(this.requests.current()?.requests.some((r) => r.Id.toLowerCase() === id.toLowerCase())),
      fetchedAt: () => this.requests.current()?.fetchedAt ?? 0,
      refresh: () => void this.syncNow().catch(() => undefined),
      announce: (what) => platform.broadcast(what === 'lists' ? 'lists' : 'callbacks'),
      onUnauthorized: () => void session.handleUnauthorized(),
      now: () => this.now(),
      ...(platform.random ? { random: platform.random } : {}),
    });
    this.realtime = this.live.client;
    this.sync = new SyncLoop({
      userId: () => this.userId(),
      fetchedAt: () => this.requests.current()?.fetchedAt,
      refresh: (userId) => this.requests.refresh(userId),
      onUnauthorized: () => session.handleUnauthorized(),
      realtimeHealthy: () => this.realtime.isHealthy(),
      platform,
      now: () => this.now(),
    });
  }

  /** Every service worker start, after the session is restored (and `requestsRestored`: my requests too). */
  async start(requestsRestored = false): Promise<void> {
    if (!requestsRestored) await this.requests.restore(this.userId());
    await this.apply();
    // After a browser restart (remembered sign-in) or a long sleep the copy is missing or old.
    const fetchedAt = this.requests.current()?.fetchedAt ?? 0;
    if (this.userId() && this.now() - fetchedAt > this.sync.pollSeconds * 1000) void this.syncNow().catch(() => undefined);
  }

  /** Sign-in, sign-out and the signed-out state a 401 leads to (pending outcomes are kept). */
  async onSessionChanged(): Promise<void> {
    // The realtime token names the user: whoever is signed in now connects afresh.
    this.realtime.stop();
    const userId = this.userId();
    if (!userId || this.requests.current()?.userId !== userId) await this.requests.clear();
    this.classifier.clear();
    this.sync.reset();
    await this.apply();
    if (userId) await this.syncNow().catch(() => undefined);
    this.platform.broadcast('callbacks');
  }

  /** Settings changed: realtime on/off, another poll interval. */
  async onSettingsChanged(): Promise<void> {
    await this.apply();
  }

  async onAlarm(name: string): Promise<void> {
    if (name === ALARMS.sync) await this.tick();
    else if (name === ALARMS.badge) await this.updateBadge();
    else if (name === ALARMS.outcomes) await this.queue.flush();
  }

  /** Fetches my requests; a 401 signs out, other errors count towards the backoff. */
  syncNow(): Promise<void> {
    return this.sync.syncNow();
  }

  syncStatus(): SyncStatus {
    const state = this.realtime.current();
    const fetchedAt = this.requests.current()?.fetchedAt;
    const mode = this.realtime.isHealthy() ? 'live' : state === 'connecting' ? 'connecting' : 'polling';
    return { mode, pollSeconds: this.sync.pollSeconds, ...(fetchedAt ? { fetchedAt: new Date(fetchedAt).toISOString() } : {}) };
  }

  /** The lists the popup showed: their events keep its counters current. */
  setKnownLists(listIds: string[]): void {
    this.live.setLists(listIds);
  }

  userId(): string | undefined {
    return this.session.session()?.userId;
  }

  now(): number {
    return this.platform.now ? this.platform.now() : Date.now();
  }

  async updateBadge(): Promise<void> {
    const requests = this.userId() ? (this.requests.current()?.requests ?? []) : null;
    await updateBadge(this.platform.badge, this.platform.alarms, ALARMS.badge, requests, this.now());
  }

  /** Makes what runs match the session and settings: realtime on or off, the tick scheduled. */
  private async apply(): Promise<boolean> {
    await this.updateBadge();
    if (!this.userId()) {
      this.realtime.stop();
      await this.platform.alarms.clear(ALARMS.sync);
      return false;
    }
    const settings = await this.platform.settings();
    this.sync.pollSeconds = settings.pollIntervalSeconds;
    if (settings.realtimeEnabled) this.realtime.start();
    else this.realtime.stop();
    await this.sync.schedule();
    void this.queue.flush();
    return true;
  }

  /** The periodic alarm: reconnects realtime if needed, polls when realtime is not healthy. */
  private async tick(): Promise<void> {
    if (await this.apply()) await this.sync.tick();
  }

  private onRequestsChanged(change: RequestsChange): void {
    void this.updateBadge();
    this.platform.broadcast('callbacks');
    if (change.added.length === 0) return;
    void this.platform.settings().then((settings) => {
      if (settings.notifyNewRequests) return this.platform.notify(newRequestsNotice(change.added, this.now()));
    });
  }
}
