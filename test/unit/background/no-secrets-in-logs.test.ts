// Security review (issue 6.4): logs never contain the secret key or the password, on success or on
// any failure of sign-in, and neither do the errors that cross to the options page.
import type { PersistentStore } from '../../../src/background/remembered-credentials';
import { route, type Handlers } from '../../../src/background/router';
import { SessionManager, type SessionArea } from '../../../src/background/session';
import type { StoredSession } from '../../../src/background/stored-session';
import { messages, type MessageType } from '../../../src/shared/messages/contract';

const PASSWORD = 'P4ss-w0rd-SECRET-31337';
const KEY = 'KEY-7f3e-SECRET-9a1b-77';
const EMAIL = 'agent@demo.example';

type Behaviour = 'ok' | 'wrong-password' | 'server-error' | 'network' | 'me-401' | 'echo-secrets';

function fakeService(behaviour: Behaviour) {
  return jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input);
    if (behaviour === 'network') throw new TypeError('Failed to fetch');
    if (url.startsWith('https://disco.test/api/user')) return Response.json([{ apiEndpoint: 'https://api.test/' }]);
    // A server that puts what it got into its error text must not get it into our logs either.
    if (behaviour === 'echo-secrets') return Response.json({ Message: `bad request: ${String(init?.body)} ${JSON.stringify(init?.headers)}` }, { status: 400 });
    if (behaviour === 'server-error') return new Response('boom', { status: 500 });
    if (url.includes('/authuser/')) {
      return behaviour === 'wrong-password' ? Response.json({ Message: 'Invalid' }, { status: 401 }) : Response.json({ UserID: 'u1', SecretKey: KEY });
    }
    if (url.endsWith('/users/me')) return behaviour === 'me-401' ? new Response('', { status: 401 }) : Response.json({ Id: 'u1', FirstName: 'Aino' });
    return new Response('', { status: 404 });
  });
}

function memoryArea(): SessionArea {
  const data: Record<string, unknown> = {};
  return {
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  };
}

const store: PersistentStore = { load: async () => null as StoredSession | null, save: async () => undefined, clear: async () => undefined };
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

function spyConsole(): jest.SpyInstance[] {
  return CONSOLE_METHODS.map((method) => jest.spyOn(console, method).mockImplementation(() => undefined));
}

/** Everything a spy saw, errors included with their message and stack. */
function printed(spies: jest.SpyInstance[]): string {
  return spies
    .flatMap((spy) => spy.mock.calls.flat())
    .map((value) => (value instanceof Error ? `${value.message} ${value.stack}` : typeof value === 'string' ? value : JSON.stringify(value)))
    .join('\n');
}

function handlersFor(session: SessionManager): Handlers {
  const rest = Object.fromEntries((Object.keys(messages) as MessageType[]).map((type) => [type, async () => ({})]));
  const signIn: Pick<Handlers, 'session.signIn' | 'session.signInWithKey'> = {
    'session.signIn': (input) => session.signInWithPassword(input),
    'session.signInWithKey': (input) => session.signInWithKey(input),
  };
  return { ...rest, ...signIn } as unknown as Handlers;
}

const optionsPage = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };
const identity = { id: 'test-extension-id', origin: 'chrome-extension://test-extension-id/' };

afterEach(() => jest.restoreAllMocks());

describe.each<Behaviour>(['ok', 'wrong-password', 'server-error', 'network', 'me-401', 'echo-secrets'])('sign-in when the service answers %s', (behaviour) => {
  it('logs neither the password nor the key, and the reply carries neither', async () => {
    const spies = spyConsole();
    fakeService(behaviour);
    const session = new SessionManager(memoryArea(), store, () => undefined);
    const handlers = handlersFor(session);
    const replies = [
      await route({ type: 'session.signIn', payload: { email: EMAIL, password: PASSWORD, discoveryUrl: 'https://disco.test' } }, optionsPage, handlers, identity),
      await route({ type: 'session.signInWithKey', payload: { email: EMAIL, secretKey: KEY, discoveryUrl: 'https://disco.test' } }, optionsPage, handlers, identity),
    ];
    expect(replies[0]!.ok).toBe(behaviour === 'ok');
    const seen = `${printed(spies)}\n${JSON.stringify(replies)}`;
    expect(seen).not.toContain(PASSWORD);
    expect(seen).not.toContain(KEY);
    expect(seen).not.toContain(btoa(`${EMAIL}:${KEY}`));
  });
});
