// When the background asks EnreachVoice for my requests, and when it looks again. Pure.
// With realtime healthy, events say when to fetch; the periodic tick then only checks the connection
// and the badge, and a full resync happens at most every 30 minutes (events can be missed). Without
// realtime, it polls at the configured interval, jittered; after an error it backs off with jitter
// and honours Retry-After.
import type { AppError } from '../shared/errors';
import { jittered, retryDelay, type BackoffPolicy, type Random } from './backoff';

export const SAFETY_RESYNC_MS = 30 * 60_000;
export const POLL_RETRY: BackoffPolicy = { baseMs: 30_000, capMs: 15 * 60_000 };

export interface SyncInputs {
  now: number;
  /** When my requests were last fetched; undefined: never in this session. */
  fetchedAt: number | undefined;
  intervalMs: number;
  realtimeHealthy: boolean;
  /** Development time compression (see STORAGE_KEYS.devTimeScale); `intervalMs` is already scaled. */
  timeScale?: number;
}

export function shouldFetch({ now, fetchedAt, intervalMs, realtimeHealthy, timeScale = 1 }: SyncInputs): boolean {
  if (fetchedAt === undefined) return true;
  // 0.9: an alarm that fires a little early must not skip a whole poll.
  return now - fetchedAt >= (realtimeHealthy ? SAFETY_RESYNC_MS / timeScale : intervalMs * 0.9);
}

/** Milliseconds until the next tick: the interval (jittered), or a backoff after `failures` errors. */
export function nextTickDelay(intervalMs: number, failures: number, lastError: Pick<AppError, 'retryAfterMs'> | undefined, random: Random = Math.random): number {
  if (failures === 0) return jittered(intervalMs, random);
  return retryDelay(lastError, failures, { ...POLL_RETRY, baseMs: Math.min(POLL_RETRY.baseMs, intervalMs) }, random);
}
