import * as z from 'zod';
import { apiRequest, basicAuth, requestJson } from '../../../src/shared/api/client';
import { parseRetryAfter } from '../../../src/shared/api/http-errors';
import { AppError } from '../../../src/shared/errors';

const credentials = { apiEndpoint: 'https://api.example.test/', email: 'agent@demo.example', secretKey: 's3cret-key' };
const schema = z.object({ Id: z.string() });

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(status === 204 ? null : text, { status, headers }));
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

afterEach(() => jest.restoreAllMocks());

describe('api client', () => {
  it('sends Basic auth of email:secretKey and the EnreachVoice headers', async () => {
    const fetchMock = respond(200, { Id: 'u1', Extra: 'kept' });
    const user = await apiRequest(credentials, 'users/me', { schema, what: 'read you' });
    expect(user).toEqual({ Id: 'u1' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('https://api.example.test/users/me');
    const headers = init!.headers as Record<string, string>;
    expect(headers.Authorization).toBe(`Basic ${btoa('agent@demo.example:s3cret-key')}`);
    expect(headers.Accept).toBe('application/json');
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers['X-Json-Serializer']).toBe('2');
    expect(init!.credentials).toBe('omit');
  });

  it('encodes non-ASCII credentials as UTF-8', () => {
    // ä is two bytes in UTF-8 (0xC3 0xA4), which btoa of the UTF-16 string would get wrong.
    expect(basicAuth('äiti@example.fi', 'k')).toBe(`Basic ${btoa('\xC3\xA4iti@example.fi:k')}`);
  });

  it('sends no Authorization header without credentials and serialises the body', async () => {
    const fetchMock = respond(200, { Id: 'x' });
    await requestJson('https://d.test/a', null, { method: 'POST', body: { A: 1 }, schema, what: 'x' });
    const init = fetchMock.mock.calls[0]![1]!;
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined();
    expect(init.body).toBe('{"A":1}');
  });

  it.each([
    [401, 'unauthorized', /Sign in again/],
    [403, 'forbidden', /permission/],
    [404, 'not-found', /could not find/],
    [500, 'server-error', /HTTP 500/],
    [400, 'invalid-input', /HTTP 400/],
  ])('maps HTTP %i to %s with a human message', async (status, code, text) => {
    respond(status, { Message: 'Server words' });
    const error = await failure(apiRequest(credentials, 'x', { schema, what: 'do the thing' }));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(text);
    expect(error.message).toContain('Server words');
  });

  it('reads Retry-After on 429', async () => {
    respond(429, '', { 'Retry-After': '7' });
    const error = await failure(apiRequest(credentials, 'x', { schema, what: 'do it' }));
    expect(error.code).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(7000);
    expect(error.message).toContain('7 s');
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('12')).toBe(12000);
    expect(parseRetryAfter(new Date(61_000).toUTCString(), 1_000)).toBe(60_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it('reports a malformed answer with the field that is wrong', async () => {
    respond(200, { Name: 'no id' });
    const error = await failure(apiRequest(credentials, 'x', { schema, what: 'read you' }));
    expect(error.code).toBe('malformed-response');
    expect(error.message).toContain('Id');
  });

  it('reports non-JSON as malformed, not as a crash', async () => {
    respond(200, '<html>proxy login</html>');
    const error = await failure(apiRequest(credentials, 'x', { schema, what: 'read you' }));
    expect(error.code).toBe('malformed-response');
  });

  it('reports a network failure with the host', async () => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('fetch failed'));
    const error = await failure(apiRequest(credentials, 'x', { schema, what: 'read you' }));
    expect(error.code).toBe('network');
    expect(error.message).toContain('api.example.test');
  });

  it('times out a request that never answers', async () => {
    jest.spyOn(globalThis, 'fetch').mockImplementation(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
        }),
    );
    const error = await failure(apiRequest(credentials, 'x', { schema, what: 'read you', timeoutMs: 20 }));
    expect(error.code).toBe('timeout');
  });

  it('accepts an empty 204 answer when allowed', async () => {
    respond(204, undefined);
    await expect(apiRequest(credentials, 'x', { schema: z.unknown(), what: 'x', allowEmpty: true })).resolves.toBeNull();
  });
});
