// The webphone bridge (issue 5). Runs in the page's own JavaScript world, where EnreachVoice's
// `<webrtc-client-ui>` element and its methods live (an isolated content script sees the element but
// not its methods). It is passive: it only waits for the content script to hand it a private
// MessagePort, once per content-script instance, through a same-origin window message (checked:
// source is this window, origin is this page's; never postMessage to '*'). Everything after that runs
// over the port. It imports nothing and holds no secret: the element is already signed in.
//
// Place: optionally activate through makeAPICall('POST', '/users/[ME]/features/callout/activate/', body),
// then call(number), unless the window (ms since the activation request) is already over.

interface WebphoneElement extends HTMLElement {
  makeAPICall(method: string, path: string, body?: unknown): Promise<unknown>;
  call(number: string): unknown;
}

interface PlaceMessage {
  type: 'place';
  id: string;
  e164: string;
  activation?: { TargetNumber: string; CallbackRequestId: string; CallbackListId: string };
  windowMs: number;
}

const CONNECT = 'evcb:webphone-connect';
const ACTIVATE_PATH = '/users/[ME]/features/callout/activate/';

(() => {
  const installed = '__evcbWebphoneBridge';
  const globals = window as unknown as Record<string, unknown>;
  if (globals[installed]) return;
  Object.defineProperty(window, installed, { value: true });
  let port: MessagePort | undefined;

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin) return;
    const data = event.data as { type?: unknown; nonce?: unknown } | null;
    if (!data || data.type !== CONNECT || typeof data.nonce !== 'string' || event.ports.length !== 1) return;
    // A newer content script (after an extension update) replaces the old port.
    port?.close();
    const next = event.ports[0]!;
    port = next;
    next.onmessage = (message: MessageEvent) => void handle(message.data as PlaceMessage, next);
    next.postMessage({ type: 'ready', nonce: data.nonce });
  });

  async function handle(message: PlaceMessage, reply: MessagePort): Promise<void> {
    if (!message || message.type !== 'place' || typeof message.id !== 'string') return;
    const answer = (body: Record<string, unknown>) => reply.postMessage({ type: 'placed', id: message.id, ...body });
    const element = document.querySelector('webrtc-client-ui') as WebphoneElement | null;
    if (!element || typeof element.call !== 'function' || typeof element.makeAPICall !== 'function') {
      return answer({ ok: false, code: 'no-webphone' });
    }
    const started = performance.now();
    try {
      if (message.activation) await element.makeAPICall('POST', ACTIVATE_PATH, message.activation);
    } catch (error) {
      return answer({ ok: false, code: 'activation-failed', message: describe(error) });
    }
    const gapMs = Math.round(performance.now() - started);
    if (message.activation && gapMs >= message.windowMs) {
      return answer({ ok: false, code: 'window-exceeded' });
    }
    try {
      await element.call(message.e164);
    } catch (error) {
      return answer({ ok: false, code: 'call-failed', message: describe(error) });
    }
    answer({ ok: true, gapMs });
  }

  function describe(error: unknown): string {
    const text = error instanceof Error ? error.message : String(error);
    return text.slice(0, 200);
  }
})();
