// The HTTP client every EnreachVoice call goes through: auth headers, time-outs, error mapping and
// zod parsing at the boundary. Used only by the background service worker.
import type * as z from 'zod';
import { AppError } from '../errors';
import { httpError } from './http-errors';
import { t } from '../i18n';

export interface Credentials {
  apiEndpoint: string;
  email: string;
  secretKey: string;
}

export interface RequestOptions<S extends z.ZodType> {
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT';
  body?: unknown;
  schema: S;
  /** What the request does, in words that complete "could not …" for error messages. */
  what: string;
  timeoutMs?: number;
  /** Aborts the request from outside, e.g. when the 10-second window closes. */
  signal?: AbortSignal;
  /** Whether an empty answer (e.g. 204) is expected; then `null` is parsed by the schema. */
  allowEmpty?: boolean;
  /** Extra headers, e.g. the realtime hub's Bearer token where there are no credentials. */
  headers?: Record<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export function basicAuth(email: string, secretKey: string): string {
  const bytes = new TextEncoder().encode(`${email}:${secretKey}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function headers(credentials: Credentials | null): Record<string, string> {
  const result: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'X-Json-Serializer': '2',
  };
  if (credentials) result.Authorization = basicAuth(credentials.email, credentials.secretKey);
  return result;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text.trim()) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { unparsable: text.slice(0, 200) };
  }
}

async function send(url: string, init: RequestInit, what: string, timeoutMs: number, outer?: AbortSignal): Promise<Response> {
  const signals = [AbortSignal.timeout(timeoutMs), ...(outer ? [outer] : [])];
  try {
    return await fetch(url, { ...init, signal: AbortSignal.any(signals) });
  } catch (error) {
    if (outer?.aborted) throw outer.reason instanceof AppError ? outer.reason : new AppError('timeout', t('err_stopped', what));
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new AppError('timeout', t('err_timeout', Math.round(timeoutMs / 1000), what));
    }
    throw new AppError('network', t('err_network', new URL(url).host, what));
  }
}

/** What a server must not get to quote back into our errors: the key, its header, passwords sent. */
function secretsOf(credentials: Credentials | null, body: unknown, extraHeaders: Record<string, string> = {}): string[] {
  const secrets: string[] = Object.entries(extraHeaders).filter(([name]) => /authorization/i.test(name)).flatMap(([, value]) => [value, value.replace(/^\w+ /, '')]);
  if (credentials) {
    const header = basicAuth(credentials.email, credentials.secretKey);
    secrets.push(credentials.secretKey, header, header.slice('Basic '.length));
  }
  if (typeof body === 'object' && body !== null) {
    for (const [field, value] of Object.entries(body)) {
      if (/password|secret|token/i.test(field) && typeof value === 'string') secrets.push(value, JSON.stringify(value));
    }
  }
  return secrets;
}

/** One request to an absolute URL; `credentials` null means no Authorization header. */
export async function requestJson<S extends z.ZodType>(
  url: string,
  credentials: Credentials | null,
  options: RequestOptions<S>,
): Promise<z.output<S>> {
  const { method = 'GET', body, schema, what, timeoutMs = DEFAULT_TIMEOUT_MS, signal, allowEmpty = false } = options;
  const init: RequestInit = { method, headers: { ...headers(credentials), ...options.headers }, credentials: 'omit', cache: 'no-store' };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await send(url, init, what, timeoutMs, signal);
  const parsedBody = await readBody(response);
  if (!response.ok) throw httpError(response.status, parsedBody, response.headers.get('Retry-After'), what, secretsOf(credentials, body, options.headers));
  if (parsedBody === null && !allowEmpty && response.status !== 204) {
    throw new AppError('malformed-response', t('err_empty_answer', what));
  }
  const result = schema.safeParse(parsedBody);
  if (!result.success) {
    const issue = result.error.issues[0];
    const message = issue && issue.path.length ? t('err_unreadable_answer_field', what, issue.path.join('.'), issue.message) : t('err_unreadable_answer', what);
    throw new AppError('malformed-response', message);
  }
  return result.data;
}

/** A request to the signed-in user's API endpoint. */
export function apiRequest<S extends z.ZodType>(
  credentials: Credentials,
  path: string,
  options: RequestOptions<S>,
): Promise<z.output<S>> {
  return requestJson(joinUrl(credentials.apiEndpoint, path), credentials, options);
}
