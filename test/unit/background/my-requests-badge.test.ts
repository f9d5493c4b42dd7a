import { BADGE_COLORS, badgeFor, nextBadgeChangeAt } from '../../../src/background/badge';
import { MyRequests, type RequestsChange } from '../../../src/background/my-requests';
import type { SessionArea } from '../../../src/background/session';
import type { ApiCallbackRequest } from '../../../src/shared/api/callbacks-schemas';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const iso = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
const req = (id: string, extra: Partial<ApiCallbackRequest> = {}): ApiCallbackRequest => ({
  Id: id, CallbackListId: 'l', ContactNumber: '+358401234567', CreatedTime: iso(-60), AssignedUserId: 'u1', AttemptCount: 0, IsClosed: false, HasVoicemail: false, ...extra,
});

function area(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return { data, get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}), set: async (items) => void Object.assign(data, items), remove: async (key) => void delete data[key] };
}

describe('badge', () => {
  it('counts open, unexpired requests; red when one is due within the hour or overdue', () => {
    expect(badgeFor([req('a', { DueTime: iso(90) }), req('b', { IsClosed: true }), req('c', { ExpiryTime: iso(-1) })], NOW)).toEqual({
      text: '1',
      color: BADGE_COLORS.normal,
      title: 'EnreachVoice callbacks: 1 callback request assigned to you',
    });
    expect(badgeFor([req('a', { DueTime: iso(59) }), req('b', { DueTime: iso(-300) })], NOW)).toMatchObject({ text: '2', color: BADGE_COLORS.urgent, title: expect.stringContaining('2 due within the hour') });
    expect(badgeFor([], NOW).text).toBe('');
    expect(badgeFor(null, NOW).title).toContain('not signed in');
  });

  it('knows when time alone will change it: a due time entering the hour, an expiry', () => {
    expect(nextBadgeChangeAt([req('a', { DueTime: iso(90) }), req('b', { ExpiryTime: iso(45) })], NOW)).toBe(NOW + 30 * 60_000);
    expect(nextBadgeChangeAt([req('a', { DueTime: iso(10) })], NOW)).toBeUndefined();
  });
});

describe('my requests', () => {
  it('coalesces refreshes: a change announced during a fetch costs exactly one more fetch', async () => {
    let release: () => void = () => undefined;
    const fetchMine = jest.fn(() => new Promise<ApiCallbackRequest[]>((resolve) => (release = () => resolve([req('a')]))));
    const store = new MyRequests(area(), fetchMine, () => undefined, () => NOW);
    const first = store.refresh('u1');
    const second = store.refresh('u1');
    const third = store.refresh('u1');
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await Promise.all([first, second, third]);
    expect(fetchMine).toHaveBeenCalledTimes(2);
  });

  it('reports newly assigned requests (not on the first load, not the ones I took) and stays put when nothing changed', async () => {
    let answer = [req('a')];
    const changes: RequestsChange[] = [];
    const store = new MyRequests(area(), async () => answer, (change) => changes.push(change), () => NOW);
    await store.refresh('u1');
    await store.markTakenByMe('mine');
    answer = [req('a'), req('b'), req('mine')];
    await store.refresh('u1');
    await store.refresh('u1');
    expect(changes.map((c) => c.added.map((r) => r.Id))).toEqual([[], ['b']]);
  });

  it("keeps EnreachVoice's answer for one request: open and mine stays, closed or someone else's goes", async () => {
    const store = new MyRequests(area(), async () => [req('a'), req('b')], () => undefined, () => NOW);
    await store.refresh('u1');
    await store.markAwaiting('a');
    await store.put(req('a', { IsClosed: true }), 'u1');
    await store.put(req('b', { AttemptCount: 1, LastResult: 'Busy' }), 'u1');
    await store.put(req('c', { AssignedUserId: 'u2' }), 'u1');
    expect(store.current()?.requests.map((r) => [r.Id, r.AttemptCount])).toEqual([['b', 1]]);
    expect(store.current()?.awaitingOutcome).toEqual({});
  });

  it('survives a service worker restart through storage.session, for the same user only', async () => {
    const shared = area();
    await new MyRequests(shared, async () => [req('a')], () => undefined, () => NOW).refresh('u1');
    const restarted = new MyRequests(shared, async () => [], () => undefined, () => NOW);
    await restarted.restore('u1');
    expect(restarted.current()?.requests.map((r) => r.Id)).toEqual(['a']);
    await restarted.restore('someone-else');
    expect(restarted.current()).toBeNull();
  });
});
