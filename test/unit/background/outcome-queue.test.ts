import { OutcomeQueue, type PendingOutcome, type PendingStore, type QueueDeps } from '../../../src/background/outcome-queue';
import { AppError } from '../../../src/shared/errors';

function memoryStore(): PendingStore & { items: PendingOutcome[] } {
  const store = {
    items: [] as PendingOutcome[],
    load: async () => structuredClone(store.items),
    save: async (items: PendingOutcome[]) => void (store.items = structuredClone(items)),
  };
  return store;
}

function setup(overrides: Partial<QueueDeps> = {}, store = memoryStore()) {
  let now = 1_000_000;
  const deps = {
    saveAttempt: jest.fn(async () => ({ Id: 'r1' })),
    classify: jest.fn(async () => undefined),
    onAttemptSaved: jest.fn(async () => undefined),
    onUnauthorized: jest.fn(async () => undefined),
    onChange: jest.fn(),
    schedule: jest.fn(),
    currentUserId: jest.fn((): string | undefined => 'u1'),
    now: () => now,
    random: () => 0.5,
    ...overrides,
  };
  const queue = new OutcomeQueue(store, deps);
  return { queue, deps, store, advance: (ms: number) => (now += ms) };
}

const input = { userId: 'u1', requestId: 'r1', listId: 'l1', result: 'Busy' as const, note: 'Call after 14:00 — “urgent”', tagIds: [] };

describe('the pending-outcome queue', () => {
  it('saves at once and keeps nothing when EnreachVoice answers', async () => {
    const { queue, deps, store } = setup();
    await queue.add(input);
    expect(deps.saveAttempt).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'r1', result: 'Busy', note: input.note }));
    expect(deps.onAttemptSaved).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'r1' }), { Id: 'r1' });
    expect(store.items).toEqual([]);
  });

  it('stores the outcome before the first try, so a crash mid-request loses nothing', async () => {
    const store = memoryStore();
    const seen: number[] = [];
    const { queue } = setup({ saveAttempt: jest.fn(async () => void seen.push(store.items.length)) }, store);
    await queue.add(input);
    expect(seen).toEqual([1]);
  });

  it('keeps a transient failure with backoff, then saves it with the note intact', async () => {
    const saveAttempt = jest
      .fn()
      .mockRejectedValueOnce(new AppError('server-error', 'HTTP 500'))
      .mockRejectedValueOnce(new AppError('network', 'offline'))
      .mockResolvedValueOnce({ Id: 'r1' });
    const { queue, deps, store, advance } = setup({ saveAttempt });
    await queue.add(input);
    expect(store.items).toEqual([expect.objectContaining({ state: 'pending', tries: 1, lastError: 'HTTP 500', nextTryAt: 1_000_000 + 1_500 })]);
    expect(deps.schedule).toHaveBeenLastCalledWith(1_500);
    await queue.flush(); // too early: nothing happens
    expect(saveAttempt).toHaveBeenCalledTimes(1);
    advance(1_500);
    await queue.flush();
    expect(store.items[0]).toMatchObject({ tries: 2, lastError: 'offline', nextTryAt: 1_001_500 + 3_000 });
    advance(3_000);
    await queue.flush();
    expect(store.items).toEqual([]);
    expect(saveAttempt.mock.calls.map(([item]) => item.note)).toEqual([input.note, input.note, input.note]);
  });

  it('honours Retry-After on a 429', async () => {
    const { queue, store } = setup({ saveAttempt: jest.fn().mockRejectedValue(new AppError('rate-limited', 'busy', 60_000)) });
    await queue.add(input);
    expect(store.items[0]!.nextTryAt - 1_000_000).toBeGreaterThanOrEqual(60_000);
  });

  it('pauses on a 401 without dropping the outcome, and resumes after the next sign-in', async () => {
    const saveAttempt = jest.fn().mockRejectedValueOnce(new AppError('unauthorized', 'HTTP 401')).mockResolvedValue({});
    let user: string | undefined = 'u1';
    const { queue, deps, store } = setup({ saveAttempt, currentUserId: () => user });
    await queue.add(input);
    expect(deps.onUnauthorized).toHaveBeenCalledTimes(1);
    expect(store.items).toEqual([expect.objectContaining({ state: 'pending', tries: 0, note: input.note })]);
    user = undefined; // signed out: nothing is tried, nothing is lost
    await queue.flush();
    expect(saveAttempt).toHaveBeenCalledTimes(1);
    user = 'u1';
    await queue.flush();
    expect(store.items).toEqual([]);
  });

  it('marks what EnreachVoice refuses as failed, keeps the note, and lets the agent retry or discard', async () => {
    const saveAttempt = jest.fn().mockRejectedValueOnce(new AppError('invalid-input', 'Callback request is already closed')).mockResolvedValue({});
    const { queue, store } = setup({ saveAttempt });
    await queue.add(input);
    expect(store.items).toEqual([expect.objectContaining({ state: 'failed', lastError: 'Callback request is already closed', note: input.note })]);
    await queue.flush();
    expect(saveAttempt).toHaveBeenCalledTimes(1); // failed ones wait for the agent
    await queue.retryAll();
    expect(store.items).toEqual([]);
    await queue.add(input);
    expect(store.items).toEqual([]);
  });

  it('never posts the attempt twice: after it is saved only the classification is retried', async () => {
    const classify = jest.fn().mockRejectedValueOnce(new AppError('server-error', 'HTTP 503')).mockResolvedValue(undefined);
    const { queue, deps, store, advance } = setup({ classify });
    await queue.add({ ...input, tagIds: [101] });
    expect(store.items).toEqual([expect.objectContaining({ attemptSaved: true, tries: 1 })]);
    advance(10_000);
    await queue.flush();
    expect(deps.saveAttempt).toHaveBeenCalledTimes(1);
    expect(classify).toHaveBeenCalledTimes(2);
    expect(store.items).toEqual([]);
  });

  it('survives a restart: a new queue on the same store picks the outcome up', async () => {
    const store = memoryStore();
    const first = setup({ saveAttempt: jest.fn().mockRejectedValue(new AppError('network', 'offline')) }, store);
    await first.queue.add(input);
    const second = setup({}, store);
    second.advance(60_000);
    await second.queue.flush();
    expect(second.deps.saveAttempt).toHaveBeenCalledWith(expect.objectContaining({ note: input.note }));
    expect(store.items).toEqual([]);
  });

  it("works off only the signed-in user's outcomes, in the order they were recorded", async () => {
    const store = memoryStore();
    const order: string[] = [];
    const { queue } = setup({ saveAttempt: jest.fn(async (item: PendingOutcome) => void order.push(item.note)), currentUserId: () => 'u2' }, store);
    await queue.add({ ...input, userId: 'u1', note: 'someone else' });
    await queue.add({ ...input, userId: 'u2', note: 'first' });
    await queue.add({ ...input, userId: 'u2', note: 'second' });
    expect(order).toEqual(['first', 'second']);
    expect(store.items.map((item) => item.note)).toEqual(['someone else']);
  });
});
