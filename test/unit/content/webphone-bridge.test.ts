/** @jest-environment jsdom */
// Issue 5: the main-world webphone bridge accepts its private port only from this very window and
// origin, activates through the element, calls, and refuses to call once the window is over.
import { MessageChannel as NodeMessageChannel } from 'node:worker_threads';
import '../../../src/content/webphone/main-world-bridge';

type Reply = Record<string, unknown>;

function connect(init: { origin?: string; fromOtherWindow?: boolean }) {
  const channel = new NodeMessageChannel();
  const replies: Reply[] = [];
  channel.port1.on('message', (message: Reply) => void replies.push(message));
  const event = new MessageEvent('message', {
    data: { type: 'evcb:webphone-connect', nonce: 'n-1' },
    origin: init.origin ?? window.location.origin,
    source: init.fromOtherWindow ? null : window,
  });
  // jsdom's MessageEvent cannot carry Node ports: expose ours the way the browser would.
  Object.defineProperty(event, 'ports', { value: [channel.port2] });
  window.dispatchEvent(event);
  const next = () => new Promise<Reply>((resolve) => channel.port1.once('message', resolve));
  return { port: channel.port1, replies, next, close: () => channel.port1.close() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  document.body.innerHTML = '';
});

it('ignores a hand-over from another origin or another window', async () => {
  for (const bad of [{ origin: 'https://evil.example' }, { fromOtherWindow: true }]) {
    const link = connect(bad);
    await settle();
    expect(link.replies).toEqual([]);
    link.close();
  }
});

it('activates through the element, then calls; refuses the call when the window is over', async () => {
  const used: string[] = [];
  class FakeWebphone extends HTMLElement {
    async makeAPICall(method: string, path: string, body: unknown) {
      used.push(`${method} ${path} ${JSON.stringify(body)}`);
    }
    call(number: string) {
      used.push(`call ${number}`);
    }
  }
  customElements.define('webrtc-client-ui', FakeWebphone);
  document.body.append(document.createElement('webrtc-client-ui'));
  const link = connect({});
  expect(await link.next()).toEqual({ type: 'ready', nonce: 'n-1' });
  const activation = { TargetNumber: '+358401234567', CallbackRequestId: 'r', CallbackListId: 'l' };
  link.port.postMessage({ type: 'place', id: '1', e164: '+358401234567', activation, windowMs: 8000 });
  expect(await link.next()).toMatchObject({ type: 'placed', id: '1', ok: true });
  expect(used).toEqual([`POST /users/[ME]/features/callout/activate/ ${JSON.stringify(activation)}`, 'call +358401234567']);
  link.port.postMessage({ type: 'place', id: '2', e164: '+358401234567', activation, windowMs: 0 });
  expect(await link.next()).toMatchObject({ id: '2', ok: false, code: 'window-exceeded' });
  expect(used.filter((u) => u.startsWith('call'))).toHaveLength(1);
  link.close();
});
