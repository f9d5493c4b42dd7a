// Turns an HTTP failure into an AppError whose message says what happened and what to do.
import { AppError } from '../errors';
import { t } from '../i18n';

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

/**
 * Hides what we sent that must stay secret, should a server quote it back in its error text
 * (issue 6.4: no key or password in messages or logs).
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets.filter((secret) => secret.length >= 4).reduce((result, secret) => result.split(secret).join('[hidden]'), text);
}

export function httpError(status: number, body: unknown, retryAfter: string | null, what: string, secrets: readonly string[] = []): AppError {
  const quoted = serverMessageOf(body);
  const said = quoted === undefined ? undefined : redactSecrets(quoted, secrets);
  const detail = said ? ` ${t('err_server_said', said)}` : '';
  if (status === 401) {
    return new AppError('unauthorized', `${t('err_http_401')}${detail}`);
  }
  if (status === 403) {
    return new AppError('forbidden', `${t('err_http_403', what)}${detail}`);
  }
  if (status === 404) return new AppError('not-found', `${t('err_http_404', what)}${detail}`);
  if (status === 429) {
    const waitMs = parseRetryAfter(retryAfter) ?? DEFAULT_RETRY_AFTER_MS;
    const seconds = Math.ceil(waitMs / 1000);
    return new AppError('rate-limited', `${t('err_http_429', seconds)}${detail}`, waitMs);
  }
  if (status >= 500) {
    // A 503 may say when to come back; retries honour it like a 429's.
    const message = `${t('err_http_5xx', what, String(status))}${detail}`;
    return new AppError('server-error', message, parseRetryAfter(retryAfter));
  }
  return new AppError('invalid-input', `${t('err_http_refused', what, String(status))}${detail}`);
}
