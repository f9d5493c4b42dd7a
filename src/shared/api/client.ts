// The HTTP client every EnreachVoice call goes through: auth headers, time-outs, error mapping and
// zod parsing at the boundary. Used only by the background service worker.
import type * as z from 'zod';
import { AppError } from '../errors';
import { httpError } from './http-errors';

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
    if (outer?.aborted) throw outer.reason instanceof AppError ? outer.reason : new AppError('timeout', `Stopped before EnreachVoice answered: could not ${what}.`);
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new AppError('timeout', `EnreachVoice did not answer within ${Math.round(timeoutMs / 1000)} s: could not ${what}.`);
    }
    throw new AppError('network', `Could not reach EnreachVoice at ${new URL(url).host} to ${what}. Check your network connection.`);
  }
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
  if (!response.ok) throw httpError(response.status, parsedBody, response.headers.get('Retry-After'), what);
  if (parsedBody === null && !allowEmpty && response.status !== 204) {
    throw new AppError('malformed-response', `EnreachVoice sent an empty answer when asked to ${what}.`);
  }
  const result = schema.safeParse(parsedBody);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length ? ` (field ${issue.path.join('.')}: ${issue.message})` : '';
    throw new AppError('malformed-response', `EnreachVoice sent an answer we could not read when asked to ${what}${where}.`);
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
