// The content script's side of the webphone bridge (issue 5): checks that the page hosts
// `<webrtc-client-ui>`, has the background inject the bridge into this frame's own world (pages
// without the element never get it), opens a private MessageChannel to the main-world bridge
// (handed over with a same-origin window message, answered with our nonce), and runs one place
// request over it.
import * as z from 'zod';
import { AppError } from '../../shared/errors';
import { sendToBackground } from '../../shared/messages/send';
import { t } from '../../shared/i18n';
import { WEBPHONE_TAG, type WebphonePlace, type WebphoneReply } from '../../shared/messages/webphone-contract';

const CONNECT = 'evcb:webphone-connect';
const READY_TIMEOUT_MS = 1_000;
/** The page may take the window plus this long to answer before we stop waiting. */
const ANSWER_GRACE_MS = 1_500;

const readySchema = z.object({ type: z.literal('ready'), nonce: z.string() });
const placedSchema = z.object({
  type: z.literal('placed'),
  id: z.string(),
  ok: z.boolean(),
  gapMs: z.number().optional(),
  // The bridge runs in the page's world without our catalogs: it sends a code (and the webphone's
  // own words as detail); the words the agent reads are chosen here.
  code: z.enum(['no-webphone', 'activation-failed', 'window-exceeded', 'call-failed']).optional(),
  message: z.string().max(500).optional(),
});
type Placed = z.infer<typeof placedSchema>;

function placeError({ code, message = '' }: Placed): { code: 'no-webphone' | 'server-error' | 'window-exceeded' | 'internal'; message: string } {
  switch (code) {
    case 'no-webphone':
      return { code, message: t('webphone_not_ready') };
    case 'window-exceeded':
      return { code, message: t('webphone_window_exceeded') };
    case 'activation-failed':
      return { code: 'server-error', message: t('webphone_activation_failed', message) };
    case 'call-failed':
      return { code: 'server-error', message: t('webphone_call_failed', message) };
    default:
      return { code: 'internal', message: t('webphone_failed') };
  }
}

const connections = new WeakMap<Document, Promise<MessagePort>>();

/** In the agent's language, read when the call is placed (issue 6.2). */
export const noWebphoneMessage = (): string => t('webphone_none');

const bridges = new WeakMap<Document, Promise<void>>();

/**
 * Asks the background to put the bridge into this frame's own world, once per document, and only
 * here, where the page has the element (issue 5). A failed request is asked again next time.
 */
export function ensureBridge(doc: Document, send: typeof sendToBackground = sendToBackground): Promise<void> {
  const known = bridges.get(doc);
  if (known) return known;
  const asked = send('webphone.bridge', {}).then(() => undefined);
  asked.catch(() => bridges.delete(doc));
  bridges.set(doc, asked);
  return asked;
}

/** At start: a page that already hosts the webphone gets the bridge now, so its first call waits for nothing. */
export function prepareWebphone(doc: Document): void {
  if (doc.querySelector(WEBPHONE_TAG)) ensureBridge(doc).catch(() => undefined);
}

export async function placeViaWebphone(doc: Document, place: WebphonePlace): Promise<WebphoneReply> {
  try {
    if (!doc.querySelector(WEBPHONE_TAG)) throw new AppError('no-webphone', noWebphoneMessage());
    // The element may have been added after the start (a single-page CRM): the bridge comes now.
    await ensureBridge(doc).catch(() => {
      throw new AppError('no-webphone', t('webphone_bridge_missing'));
    });
    const port = await connect(doc);
    return await request(port, place);
  } catch (error) {
    const appError = error instanceof AppError ? error : new AppError('internal', String(error));
    return { ok: false, error: appError.toData() };
  }
}

function connect(doc: Document): Promise<MessagePort> {
  const known = connections.get(doc);
  if (known) return known;
  const view = doc.defaultView;
  if (!view) return Promise.reject(new AppError('no-webphone', noWebphoneMessage()));
  const nonce = crypto.getRandomValues(new Uint32Array(4)).join('-');
  const channel = new MessageChannel();
  const ready = new Promise<MessagePort>((resolve, reject) => {
    const timer = setTimeout(() => {
      connections.delete(doc);
      reject(new AppError('no-webphone', t('webphone_bridge_missing')));
    }, READY_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent) => {
      const hello = readySchema.safeParse(event.data);
      if (!hello.success || hello.data.nonce !== nonce) return;
      clearTimeout(timer);
      resolve(channel.port1);
    };
  });
  connections.set(doc, ready);
  // Same origin only: the message reaches this page's own window, never another frame or origin.
  view.postMessage({ type: CONNECT, nonce }, view.location.origin, [channel.port2]);
  return ready;
}

function request(port: MessagePort, place: WebphonePlace): Promise<WebphoneReply> {
  const id = crypto.getRandomValues(new Uint32Array(2)).join('-');
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      port.removeEventListener('message', onMessage);
      resolve({ ok: false, error: { code: 'timeout', message: t('webphone_slow') } });
    }, place.windowMs + ANSWER_GRACE_MS);
    function onMessage(event: MessageEvent): void {
      const placed = placedSchema.safeParse(event.data);
      if (!placed.success || placed.data.id !== id) return;
      clearTimeout(timer);
      port.removeEventListener('message', onMessage);
      const { ok, gapMs } = placed.data;
      resolve(ok ? { ok: true, ...(gapMs !== undefined ? { gapMs } : {}) } : { ok: false, error: placeError(placed.data) });
    }
    port.addEventListener('message', onMessage);
    port.postMessage({ type: 'place', id, e164: place.e164, windowMs: place.windowMs, ...(place.activation ? { activation: place.activation } : {}) });
  });
}
