// Security review (issue 6.4): every incoming message is validated and its sender checked. Forged
// senders, contexts that may not send a type, and malformed payloads never reach a handler.
import type { Handlers } from '../../../src/background/router';
import { route, senderContext } from '../../../src/background/router';
import { messages, type MessageType } from '../../../src/shared/messages/contract';

const identity = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const TYPES = Object.keys(messages) as MessageType[];

function spyHandlers(): Handlers & Record<string, jest.Mock> {
  return Object.fromEntries(TYPES.map((type) => [type, jest.fn(async () => ({}))])) as never;
}

function expectNoHandlerCalled(handlers: Record<string, jest.Mock>) {
  for (const type of TYPES) expect(handlers[type]).not.toHaveBeenCalled();
}

const FORGED_SENDERS = {
  'another extension': { id: 'evil-id', url: 'chrome-extension://evil-id/popup.html' },
  'another extension claiming our page url': { id: 'evil-id', url: 'chrome-extension://ext-id/popup.html' },
  'another extension in a tab': { id: 'evil-id', url: 'https://crm.example/', tab: { id: 1 } },
  'no id at all (a web page)': { url: 'https://evil.example/', tab: { id: 1 } },
  'our id, look-alike origin, no tab': { id: 'ext-id', url: 'chrome-extension://ext-id.evil.example/popup.html' },
  'our id, a web url without a tab': { id: 'ext-id', url: 'https://evil.example/' },
  'our id, no url and no tab': { id: 'ext-id' },
};

describe('forged senders', () => {
  it.each(Object.entries(FORGED_SENDERS))('%s is refused for every message type', async (_name, sender) => {
    const handlers = spyHandlers();
    for (const type of TYPES) {
      const reply = await route({ type, payload: {} }, sender as never, handlers, identity);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expectNoHandlerCalled(handlers);
  });

  it('tells a content script from an extension page by origin, not by prefix', () => {
    expect(senderContext({ id: 'ext-id', url: 'chrome-extension://ext-id/options.html' }, identity.id, identity.origin)).toBe('extension');
    expect(senderContext({ id: 'ext-id', url: 'https://crm.example/', tab: { id: 3 } as never }, identity.id, identity.origin)).toBe('content');
    expect(senderContext({ id: 'ext-id', url: 'chrome-extension://ext-id.evil/', tab: { id: 3 } as never }, identity.id, identity.origin)).toBe('content');
  });
});

describe('what a content script may ask', () => {
  const contentScript = { id: 'ext-id', url: 'https://crm.example/record/1', tab: { id: 7 } as never, frameId: 0 };
  const extensionOnly = TYPES.filter((type) => !(messages[type].from as readonly string[]).includes('content'));

  it('cannot send any extension-page-only message (sign-in, outcomes, lists, settings of sites…)', async () => {
    expect(extensionOnly).toEqual(expect.arrayContaining(['session.signIn', 'session.signInWithKey', 'session.signOut', 'callbacks.mine']));
    const handlers = spyHandlers();
    for (const type of extensionOnly) {
      const reply = await route({ type, payload: {} }, contentScript, handlers, identity);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: `${type} is not allowed from a content context.` } });
    }
    expectNoHandlerCalled(handlers);
  });
});

describe('malformed messages', () => {
  const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
  const junk: unknown[] = [null, undefined, 42, 'call.start', [], { type: 42 }, { type: '__proto__' }, { type: 'constructor' }, { type: 'toString' }];

  it.each(junk.map((value) => [JSON.stringify(value) ?? 'undefined', value]))('%s is refused', async (_name, raw) => {
    const handlers = spyHandlers();
    await expect(route(raw, popup, handlers, identity)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expectNoHandlerCalled(handlers);
  });

  it('refuses a payload that is not an object, for every message type', async () => {
    const handlers = spyHandlers();
    for (const type of TYPES) {
      for (const payload of ['x', 5, [1]]) {
        const reply = await route({ type, payload }, popup, handlers, identity);
        expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
    }
    expectNoHandlerCalled(handlers);
  });

  it('refuses call.start with markup, oversized or missing fields', async () => {
    const handlers = spyHandlers();
    const forged = [
      { number: '', clickId: 'a' },
      { number: '1'.repeat(101), clickId: 'a' },
      { number: '+358401234567' },
      { number: '+358401234567', clickId: 'a', callbackRequestId: 'x'.repeat(101) },
      { number: '+358401234567', clickId: 'a', pageUrl: 'x'.repeat(5000) },
    ];
    for (const payload of forged) {
      await expect(route({ type: 'call.start', payload }, popup, handlers, identity)).resolves.toMatchObject({ ok: false });
    }
    expectNoHandlerCalled(handlers);
  });
});
