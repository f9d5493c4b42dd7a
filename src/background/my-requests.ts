// The requests assigned to me, as EnreachVoice last said, kept in storage.session so a restarted
// service worker (and an opening popup) has them at once. Refreshes coalesce: a change announced
// while a fetch runs causes exactly one more fetch, never a pile of them.
import * as z from 'zod';
import { callbackRequestSchema, type ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import { STORAGE_KEYS } from '../shared/storage/keys';
import type { SessionArea } from './session';

const storedSchema = z.object({
  userId: z.string(),
  fetchedAt: z.number(),
  requests: z.array(callbackRequestSchema),
  /** Request id → when a callback call was placed; cleared when its outcome is recorded. */
  awaitingOutcome: z.record(z.string(), z.number()).default({}),
  /** Requests I took myself (Get next): no "new request" notification for them. */
  takenByMe: z.array(z.string()).default([]),
});
export type MyRequestsSnapshot = z.infer<typeof storedSchema>;

export interface RequestsChange {
  requests: ApiCallbackRequest[];
  /** Newly assigned to me by someone else (or by EnreachVoice); empty on the first load. */
  added: ApiCallbackRequest[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class MyRequests {
  private snapshot: MyRequestsSnapshot | null = null;
  private inFlight: Promise<MyRequestsSnapshot> | undefined;
  private again = false;

  constructor(
    private readonly area: SessionArea,
    private readonly fetchMine: (userId: string) => Promise<ApiCallbackRequest[]>,
    private readonly onChange: (change: RequestsChange) => void,
    private readonly now: () => number = Date.now,
  ) {}

  async restore(userId: string | undefined): Promise<void> {
    const raw = (await this.area.get(STORAGE_KEYS.myRequests))[STORAGE_KEYS.myRequests];
    const parsed = storedSchema.safeParse(raw);
    this.snapshot = parsed.success && userId && same(parsed.data.userId, userId) ? parsed.data : null;
  }

  current(): MyRequestsSnapshot | null {
    return this.snapshot;
  }

  /** Asks EnreachVoice; concurrent callers share one fetch (plus one more if asked during it). */
  refresh(userId: string): Promise<MyRequestsSnapshot> {
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = (async () => {
      try {
        let result: MyRequestsSnapshot;
        do {
          this.again = false;
          result = await this.fetchAndStore(userId);
        } while (this.again);
        return result;
      } finally {
        this.inFlight = undefined;
      }
    })();
    return this.inFlight;
  }

  /** EnreachVoice's answer for one request: kept if open and mine, dropped otherwise. */
  async put(request: ApiCallbackRequest, myUserId: string): Promise<void> {
    if (!this.snapshot) return;
    const others = this.snapshot.requests.filter((r) => !same(r.Id, request.Id));
    const keep = !request.IsClosed && request.AssignedUserId != null && same(request.AssignedUserId, myUserId);
    const known = others.length !== this.snapshot.requests.length;
    await this.save({ ...this.snapshot, requests: keep ? [...others, request] : others }, []);
    if (!keep && known) await this.clearAwaiting(request.Id);
  }

  async drop(requestId: string): Promise<void> {
    if (!this.snapshot) return;
    await this.save({ ...this.snapshot, requests: this.snapshot.requests.filter((r) => !same(r.Id, requestId)) }, []);
  }

  async markTakenByMe(requestId: string): Promise<void> {
    if (this.snapshot) await this.write({ ...this.snapshot, takenByMe: [...this.snapshot.takenByMe, requestId].slice(-50) });
  }

  async markAwaiting(requestId: string): Promise<void> {
    if (this.snapshot) await this.write({ ...this.snapshot, awaitingOutcome: { ...this.snapshot.awaitingOutcome, [requestId]: this.now() } });
  }

  async clearAwaiting(requestId: string): Promise<void> {
    if (!this.snapshot || !(requestId in this.snapshot.awaitingOutcome)) return;
    const { [requestId]: _gone, ...rest } = this.snapshot.awaitingOutcome;
    await this.write({ ...this.snapshot, awaitingOutcome: rest });
  }

  async clear(): Promise<void> {
    this.snapshot = null;
    await this.area.remove(STORAGE_KEYS.myRequests);
  }

  private async fetchAndStore(userId: string): Promise<MyRequestsSnapshot> {
    const requests = await this.fetchMine(userId);
    const previous = this.snapshot && same(this.snapshot.userId, userId) ? this.snapshot : null;
    const base = previous ?? { userId, fetchedAt: 0, requests: [], awaitingOutcome: {}, takenByMe: [] };
    const before = new Set(base.requests.map((r) => r.Id.toLowerCase()));
    const taken = new Set(base.takenByMe.map((id) => id.toLowerCase()));
    const added = previous ? requests.filter((r) => !before.has(r.Id.toLowerCase()) && !taken.has(r.Id.toLowerCase())) : [];
    return this.save({ ...base, fetchedAt: this.now(), requests }, added, previous ? previous.requests : null);
  }

  private async save(next: MyRequestsSnapshot, added: ApiCallbackRequest[], previousRequests: ApiCallbackRequest[] | null = this.snapshot?.requests ?? null): Promise<MyRequestsSnapshot> {
    await this.write(next);
    // Unchanged answers (most polls) cost no broadcast and no badge update.
    if (previousRequests === null || JSON.stringify(previousRequests) !== JSON.stringify(next.requests)) {
      this.onChange({ requests: next.requests, added });
    }
    return next;
  }

  private async write(next: MyRequestsSnapshot): Promise<void> {
    this.snapshot = next;
    await this.area.set({ [STORAGE_KEYS.myRequests]: next });
  }
}
