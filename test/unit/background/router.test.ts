import type { Handlers } from '../../../src/background/router';
import { route } from '../../../src/background/router';

const identity = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const fromPopup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const fromPage = { id: 'ext-id', url: 'https://crm.example/record/1', tab: { id: 7 } as never, frameId: 0 };

function handlers(): Handlers {
  return {
    'session.get': jest.fn(async () => ({ signedIn: false as const })),
    'session.signIn': jest.fn(async () => ({ signedIn: false as const })),
    'session.signInWithKey': jest.fn(async () => ({ signedIn: false as const })),
    'session.signOut': jest.fn(async () => ({ signedIn: false as const })),
    'callbacks.mine': jest.fn(async () => ({ requests: [] })),
    'callbacks.lists': jest.fn(async () => ({ lists: [] })),
    'callbacks.next': jest.fn(async () => ({ request: null })),
    'callbacks.outcome': jest.fn(async () => ({ status: 'saved' as const })),
    'callbacks.giveBack': jest.fn(async () => ({})),
    'callbacks.pending': jest.fn(async () => ({ pending: [] })),
    'callbacks.retryPending': jest.fn(async () => ({ pending: [] })),
    'callbacks.discardPending': jest.fn(async () => ({ pending: [] })),
    'call.start': jest.fn(async (input) => ({ kind: 'direct' as const, e164: input.number })),
    'call.status': jest.fn(async () => null),
    'webphone.bridge': jest.fn(async () => ({ injected: true })),
    'page.found': jest.fn(async () => ({ access: 'none' as const })),
    'sites.ignore': jest.fn(async () => ({ site: 'https://crm.example/*', removedPattern: false })),
    'callbacks.openNumbers': jest.fn(async () => ({ numbers: [], version: 0 })),
  };
}

describe('message router', () => {
  it('answers a valid message with {ok: true, data}', async () => {
    const h = handlers();
    const reply = await route({ type: 'call.start', payload: { number: '+358401234567', clickId: 'a' } }, fromPage, h, identity);
    expect(reply).toEqual({ ok: true, data: { kind: 'direct', e164: '+358401234567' } });
    expect((h['call.start'] as jest.Mock).mock.calls[0][1]).toEqual({ from: 'content', tabId: 7, frameId: 0 });
  });

  it('rejects messages from another extension', async () => {
    const reply = await route({ type: 'session.get', payload: {} }, { ...fromPopup, id: 'evil' }, handlers(), identity);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('does not let a content script sign in or list requests', async () => {
    const h = handlers();
    for (const type of ['session.signIn', 'session.signOut', 'callbacks.mine', 'callbacks.next', 'callbacks.outcome', 'callbacks.giveBack']) {
      const reply = await route({ type, payload: { email: 'a@b.c', password: 'x' } }, fromPage, h, identity);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(h['session.signIn']).not.toHaveBeenCalled();
  });

  it('rejects unknown types and malformed payloads with an error, never a throw', async () => {
    const h = handlers();
    await expect(route({ type: 'nope' }, fromPopup, h, identity)).resolves.toMatchObject({ ok: false });
    await expect(route('garbage', fromPopup, h, identity)).resolves.toMatchObject({ ok: false });
    await expect(route({ type: 'call.start', payload: { number: 5 } }, fromPopup, h, identity)).resolves.toMatchObject({ ok: false });
    expect(h['call.start']).not.toHaveBeenCalled();
  });

  it('turns a handler error into {ok: false, error}', async () => {
    const h = handlers();
    (h['session.get'] as jest.Mock).mockRejectedValue(new Error('boom'));
    const reply = await route({ type: 'session.get', payload: {} }, fromPopup, h, identity);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
