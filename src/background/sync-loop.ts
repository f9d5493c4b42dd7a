// The polling side of keeping my requests current: fetch now (counting failures for the backoff),
// and the periodic alarm that polls when realtime is not healthy (sync-plan.ts decides when).
import { toAppError, type AppError } from '../shared/errors';
import { ALARMS } from './alarm-names';
import { nextTickDelay, shouldFetch } from './sync-plan';
import type { WorkspacePlatform } from './workspace-types';

export interface SyncLoopDeps {
  userId(): string | undefined;
  fetchedAt(): number | undefined;
  refresh(userId: string): Promise<unknown>;
  onUnauthorized(): Promise<void>;
  realtimeHealthy(): boolean;
  platform: WorkspacePlatform;
  now(): number;
}

export class SyncLoop {
  pollSeconds = 60;
  private failures = 0;
  private lastError: AppError | undefined;

  constructor(private readonly deps: SyncLoopDeps) {}

  reset(): void {
    this.failures = 0;
    this.lastError = undefined;
  }

  /** Fetches my requests; a 401 signs out, other errors count towards the backoff (and are thrown). */
  async syncNow(): Promise<void> {
    const userId = this.deps.userId();
    if (!userId) return;
    try {
      await this.deps.refresh(userId);
      this.reset();
    } catch (caught) {
      const error = toAppError(caught);
      if (error.code === 'unauthorized') return void (await this.deps.onUnauthorized());
      this.failures += 1;
      this.lastError = error;
      throw error;
    }
  }

  /** The alarm fired: poll if due, then set the next alarm (interval, or backoff after errors). */
  async tick(): Promise<void> {
    const timeScale = await this.deps.platform.timeScale();
    const inputs = { now: this.deps.now(), fetchedAt: this.deps.fetchedAt(), intervalMs: (this.pollSeconds * 1000) / timeScale, realtimeHealthy: this.deps.realtimeHealthy(), timeScale };
    if (shouldFetch(inputs)) await this.syncNow().catch(() => undefined);
    await this.schedule();
  }

  async schedule(): Promise<void> {
    const delay = nextTickDelay(this.pollSeconds * 1000, this.failures, this.lastError, this.deps.platform.random);
    await this.deps.platform.alarms.create(ALARMS.sync, { when: this.deps.now() + delay / (await this.deps.platform.timeScale()) });
  }
}
