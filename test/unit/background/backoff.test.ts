import { backoffDelay, isTransient, jittered, retryDelay } from '../../../src/background/backoff';
import { nextTickDelay, shouldFetch, SAFETY_RESYNC_MS } from '../../../src/background/sync-plan';

const policy = { baseMs: 2_000, capMs: 60_000 };
const low = () => 0;
const high = () => 0.999999;

describe('backoff with jitter', () => {
  it('doubles per failure up to the cap, half fixed and half random', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy, low))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy, high))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffDelay(30, policy, high)).toBe(60_000);
  });

  it('spreads clients that fail together: 500 agents get hundreds of different delays', () => {
    const delays = new Set(Array.from({ length: 500 }, () => backoffDelay(3, policy)));
    expect(delays.size).toBeGreaterThan(300);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(4_000);
  });

  it('jitters a regular interval by ±10 %', () => {
    expect(jittered(60_000, low)).toBe(54_000);
    expect(jittered(60_000, high)).toBe(66_000);
    expect(jittered(60_000, () => 0.5)).toBe(60_000);
  });

  it('honours Retry-After, then spreads the return over a further 20 % (at least 1 s)', () => {
    expect(retryDelay({ retryAfterMs: 60_000 }, 1, policy, low)).toBe(60_000);
    expect(retryDelay({ retryAfterMs: 60_000 }, 1, policy, high)).toBe(72_000);
    expect(retryDelay({ retryAfterMs: 0 }, 1, policy, high)).toBe(2_000); // never below the backoff
    expect(retryDelay({ retryAfterMs: 3_000 }, 1, policy, high)).toBe(4_000);
    expect(retryDelay(undefined, 2, policy, low)).toBe(2_000);
  });

  it('retries network trouble, time-outs, 5xx and 429; not 4xx', () => {
    for (const code of ['network', 'timeout', 'server-error', 'rate-limited'] as const) expect(isTransient({ code })).toBe(true);
    for (const code of ['forbidden', 'not-found', 'invalid-input', 'unauthorized', 'malformed-response'] as const) expect(isTransient({ code })).toBe(false);
  });
});

describe('sync plan', () => {
  const base = { now: 1_000_000, intervalMs: 60_000 };

  it('polls at the interval without realtime, and only resyncs every 30 min with it', () => {
    expect(shouldFetch({ ...base, fetchedAt: undefined, realtimeHealthy: true })).toBe(true);
    expect(shouldFetch({ ...base, fetchedAt: base.now - 55_000, realtimeHealthy: false })).toBe(true);
    expect(shouldFetch({ ...base, fetchedAt: base.now - 50_000, realtimeHealthy: false })).toBe(false);
    expect(shouldFetch({ ...base, fetchedAt: base.now - 20 * 60_000, realtimeHealthy: true })).toBe(false);
    expect(shouldFetch({ ...base, fetchedAt: base.now - SAFETY_RESYNC_MS, realtimeHealthy: true })).toBe(true);
    expect(shouldFetch({ ...base, fetchedAt: base.now - SAFETY_RESYNC_MS / 20, realtimeHealthy: true, timeScale: 20 })).toBe(true);
  });

  it('ticks at the jittered interval, and backs off (honouring Retry-After) after errors', () => {
    expect(nextTickDelay(60_000, 0, undefined, low)).toBe(54_000);
    expect(nextTickDelay(60_000, 1, undefined, low)).toBe(15_000);
    expect(nextTickDelay(60_000, 3, undefined, high)).toBe(120_000);
    expect(nextTickDelay(60_000, 1, { retryAfterMs: 90_000 }, low)).toBe(90_000);
    expect(nextTickDelay(60_000, 20, undefined, high)).toBe(15 * 60_000);
  });
});
