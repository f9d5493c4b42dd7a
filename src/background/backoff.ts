// When to try again. Hundreds of agents share one EnreachVoice tenant: after an outage every
// retry and every poll is jittered, so their requests never arrive in step. Pure.
import type { AppError } from '../shared/errors';

export interface BackoffPolicy {
  /** Delay after the first failure (before jitter). */
  baseMs: number;
  /** The exponential growth stops here. */
  capMs: number;
}

export type Random = () => number;

/**
 * Exponential backoff with "equal jitter": half of the step is fixed (so a failing service is not
 * hammered by unlucky zero delays), half is random (so clients spread out).
 */
export function backoffDelay(failures: number, policy: BackoffPolicy, random: Random = Math.random): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

/** A regular interval spread ±`spread` (default ±10 %), so pollers that start together drift apart. */
export function jittered(intervalMs: number, random: Random = Math.random, spread = 0.1): number {
  return Math.round(intervalMs * (1 - spread + 2 * spread * random()));
}

/**
 * The wait before retrying after `error`. A Retry-After is honoured and then spread over a further
 * 20 % (at least 1 s): every client got the same header, and must not return at the same instant.
 */
export function retryDelay(error: Pick<AppError, 'retryAfterMs'> | undefined, failures: number, policy: BackoffPolicy, random: Random = Math.random): number {
  const backoff = backoffDelay(failures, policy, random);
  const after = error?.retryAfterMs;
  if (after === undefined) return backoff;
  return Math.max(backoff, after + Math.round(random() * Math.max(1000, after * 0.2)));
}

/** Errors that may go away by themselves; the others need the agent (or an admin). */
export function isTransient(error: Pick<AppError, 'code'>): boolean {
  return error.code === 'network' || error.code === 'timeout' || error.code === 'server-error' || error.code === 'rate-limited';
}
