// Turns an HTTP failure into an AppError whose message says what happened and what to do.
import { AppError } from '../errors';

const DEFAULT_RETRY_AFTER_MS = 60_000;

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function serverMessageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  const message = record.Message ?? record.message;
  return typeof message === 'string' && message.trim() ? message.trim().slice(0, 300) : undefined;
}

export function httpError(status: number, body: unknown, retryAfter: string | null, what: string): AppError {
  const said = serverMessageOf(body);
  const detail = said ? ` EnreachVoice said: “${said}”` : '';
  if (status === 401) {
    return new AppError('unauthorized', `EnreachVoice no longer accepts your sign-in (HTTP 401). Sign in again.${detail}`);
  }
  if (status === 403) {
    return new AppError('forbidden', `You do not have permission to ${what} (HTTP 403).${detail}`);
  }
  if (status === 404) return new AppError('not-found', `EnreachVoice could not find what was asked to ${what} (HTTP 404).${detail}`);
  if (status === 429) {
    const waitMs = parseRetryAfter(retryAfter) ?? DEFAULT_RETRY_AFTER_MS;
    const seconds = Math.ceil(waitMs / 1000);
    return new AppError('rate-limited', `EnreachVoice is busy (HTTP 429). Try again in ${seconds} s.${detail}`, waitMs);
  }
  if (status >= 500) {
    // A 503 may say when to come back; retries honour it like a 429's.
    const message = `EnreachVoice had a problem and could not ${what} (HTTP ${status}). Try again shortly.${detail}`;
    return new AppError('server-error', message, parseRetryAfter(retryAfter));
  }
  return new AppError('invalid-input', `EnreachVoice refused to ${what} (HTTP ${status}).${detail}`);
}
