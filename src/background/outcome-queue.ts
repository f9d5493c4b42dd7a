// Outcomes (result + note) the agent recorded, kept until EnreachVoice has them. Each is written to
// storage before the first try, so going offline, a 5xx, a 429 or a service worker restart loses
// nothing; a 401 pauses the queue (the session ends) without dropping anything. Processed in order.
import { AppError, toAppError } from '../shared/errors';
import { isTransient, retryDelay, type BackoffPolicy } from './backoff';
import type { PendingOutcome, PendingStore, QueueDeps } from './outcome-types';

export type { PendingOutcome, PendingStore, QueueDeps } from './outcome-types';

export const OUTCOME_RETRY: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

export class OutcomeQueue {
  private items: PendingOutcome[] | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly store: PendingStore,
    private readonly deps: QueueDeps,
  ) {}

  async list(): Promise<PendingOutcome[]> {
    this.items ??= await this.store.load().catch(() => []);
    return this.items;
  }

  async mine(): Promise<PendingOutcome[]> {
    const userId = this.deps.currentUserId()?.toLowerCase();
    return userId ? (await this.list()).filter((item) => item.userId.toLowerCase() === userId) : [];
  }

  /** Stores first, then tries at once. */
  async add(input: Omit<PendingOutcome, 'id' | 'createdAt' | 'attemptSaved' | 'tries' | 'nextTryAt' | 'state'>): Promise<PendingOutcome> {
    const now = this.now();
    const item: PendingOutcome = { ...input, id: crypto.randomUUID(), createdAt: now, attemptSaved: false, tries: 0, nextTryAt: now, state: 'pending' };
    await this.write([...(await this.list()), item]);
    await this.flush();
    return item;
  }

  async find(id: string): Promise<PendingOutcome | undefined> {
    return (await this.list()).find((item) => item.id === id);
  }

  async discard(id: string): Promise<void> {
    await this.write((await this.list()).filter((item) => item.id !== id));
  }

  /** "Try again now": failed ones too (the agent may have fixed what was wrong). */
  async retryAll(): Promise<void> {
    const now = this.now();
    await this.write((await this.list()).map((item) => ({ ...item, state: 'pending' as const, nextTryAt: now })));
    await this.flush();
  }

  /** Works off every due item of the signed-in user, in order; one run at a time. */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.runOnce();
        } while (this.again);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async runOnce(): Promise<void> {
    for (const item of await this.mine()) {
      if (item.state !== 'pending' || item.nextTryAt > this.now()) continue;
      const outcome = await this.process(item);
      if (outcome === 'stop') return;
    }
    const waiting = (await this.mine()).filter((item) => item.state === 'pending');
    if (waiting.length) this.deps.schedule(Math.max(0, Math.min(...waiting.map((item) => item.nextTryAt)) - this.now()));
  }

  private async process(item: PendingOutcome): Promise<'done' | 'kept' | 'stop'> {
    try {
      if (!item.attemptSaved) {
        const answer = await this.deps.saveAttempt(item);
        await this.update(item.id, { attemptSaved: true });
        await this.deps.onAttemptSaved(item, answer);
      }
      if (item.tagIds.length > 0) await this.deps.classify(item);
      await this.discard(item.id);
      return 'done';
    } catch (caught) {
      const error = toAppError(caught);
      if (error.code === 'unauthorized' || error.code === 'signed-out') {
        await this.update(item.id, { lastError: error.message });
        if (error.code === 'unauthorized') await this.deps.onUnauthorized();
        return 'stop';
      }
      await this.update(item.id, this.afterFailure(item, error));
      return 'kept';
    }
  }

  private afterFailure(item: PendingOutcome, error: AppError): Partial<PendingOutcome> {
    const tries = item.tries + 1;
    if (!isTransient(error)) return { tries, state: 'failed', lastError: error.message };
    return { tries, state: 'pending', lastError: error.message, nextTryAt: this.now() + retryDelay(error, tries, OUTCOME_RETRY, () => this.random()) };
  }

  private async update(id: string, patch: Partial<PendingOutcome>): Promise<void> {
    await this.write((await this.list()).map((item) => (item.id === id ? { ...item, ...patch } : item)));
  }

  private async write(items: PendingOutcome[]): Promise<void> {
    this.items = items;
    await this.store.save(items);
    this.deps.onChange();
  }

  private now(): number {
    return this.deps.now ? this.deps.now() : Date.now();
  }

  private random(): number {
    return this.deps.random ? this.deps.random() : Math.random();
  }
}
