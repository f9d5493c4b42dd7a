import { SessionManager, type SessionArea } from '../../../src/background/session';
import type { PersistentStore } from '../../../src/background/remembered-credentials';
import type { StoredSession } from '../../../src/background/stored-session';

function memoryArea(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
    remove: async (key) => void delete data[key],
  };
}

function memoryStore(): PersistentStore & { saved: StoredSession | null } {
  const store = {
    saved: null as StoredSession | null,
    load: async () => store.saved,
    save: async (session: StoredSession) => void (store.saved = session),
    clear: async () => void (store.saved = null),
  };
  return store;
}

/** A fake EnreachVoice: discovery, authuser and users/me. */
function fakeService({ known = true, password = 'right' } = {}) {
  return jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input);
    if (url.startsWith('https://disco.test/api/user')) {
      return Response.json(known ? [{ apiEndpoint: 'https://api.test/', siloName: 's1' }] : []);
    }
    if (url === 'https://api.test/authuser/agent%40demo.example/') {
      const body = JSON.parse(String(init?.body)) as { Password: string };
      return body.Password === password ? Response.json({ UserID: 'u1', SecretKey: 'the-key' }) : Response.json({ Message: 'Invalid' }, { status: 401 });
    }
    if (url === 'https://api.test/users/me') {
      const auth = (init?.headers as Record<string, string>).Authorization;
      if (auth !== `Basic ${btoa('agent@demo.example:the-key')}`) return new Response('', { status: 401 });
      return Response.json({ Id: 'u1', FirstName: 'Aino', LastName: 'Agent' });
    }
    return new Response('', { status: 404 });
  });
}

const input = { email: 'agent@demo.example', password: 'right', discoveryUrl: 'https://disco.test', rememberMe: true };

afterEach(() => jest.restoreAllMocks());

describe('session', () => {
  it('signs in through discovery, authuser and users/me; exposes no key', async () => {
    fakeService();
    const area = memoryArea();
    const store = memoryStore();
    const changed = jest.fn();
    const manager = new SessionManager(area, store, changed);
    const info = await manager.signInWithPassword(input);
    expect(info).toEqual({ signedIn: true, email: 'agent@demo.example', userId: 'u1', displayName: 'Aino Agent', apiEndpoint: 'https://api.test' });
    expect(JSON.stringify(info)).not.toContain('the-key');
    expect(manager.requireCredentials().secretKey).toBe('the-key');
    expect(store.saved?.secretKey).toBe('the-key');
    expect(JSON.stringify(area.data)).not.toContain('right');
    expect(changed).toHaveBeenCalled();
  });

  it('says so for an unknown e-mail and a wrong password', async () => {
    fakeService({ known: false });
    const manager = new SessionManager(memoryArea(), memoryStore());
    await expect(manager.signInWithPassword(input)).rejects.toMatchObject({ code: 'unknown-email' });
    jest.restoreAllMocks();
    fakeService();
    await expect(manager.signInWithPassword({ ...input, password: 'wrong' })).rejects.toMatchObject({ code: 'wrong-credentials' });
    expect(manager.info()).toEqual({ signedIn: false });
  });

  it('skips discovery when an API endpoint is given', async () => {
    const fetchMock = fakeService();
    const manager = new SessionManager(memoryArea(), memoryStore());
    await manager.signInWithPassword({ ...input, discoveryUrl: '', apiEndpoint: 'https://api.test' });
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('disco.test'))).toBe(false);
  });

  it('does not remember the key when asked not to', async () => {
    fakeService();
    const store = memoryStore();
    await new SessionManager(memoryArea(), store).signInWithPassword({ ...input, rememberMe: false });
    expect(store.saved).toBeNull();
  });

  it('restores from session storage after a restart, else from the remembered store', async () => {
    fakeService();
    const area = memoryArea();
    const store = memoryStore();
    await new SessionManager(area, store).signInWithPassword(input);
    const woken = new SessionManager(area, store);
    await woken.restore();
    expect(woken.info()).toMatchObject({ signedIn: true, userId: 'u1' });
    const afterBrowserRestart = new SessionManager(memoryArea(), store);
    await afterBrowserRestart.restore();
    expect(afterBrowserRestart.requireCredentials().secretKey).toBe('the-key');
  });

  it('a 401 signs out with a reason and forgets the key', async () => {
    fakeService();
    const area = memoryArea();
    const store = memoryStore();
    const manager = new SessionManager(area, store);
    await manager.signInWithPassword(input);
    await manager.handleUnauthorized();
    expect(manager.info()).toMatchObject({ signedIn: false, reason: expect.stringContaining('Sign in again') });
    expect(store.saved).toBeNull();
    expect(area.data).toEqual({});
    expect(() => manager.requireCredentials()).toThrow(/not signed in/);
  });
});
