// Checks every incoming message (sender, origin context, schema) and answers {ok, data} or
// {ok: false, error}. Handlers never see an unchecked payload.
import type { Runtime } from '../shared/browser';
import { AppError, toAppError } from '../shared/errors';
import { envelopeSchema, messages, type MessageType, type ParsedRequestOf, type Reply, type ResponseOf } from '../shared/messages/contract';

export type SenderContext = 'extension' | 'content';

export interface HandlerContext {
  from: SenderContext;
  tabId?: number | undefined;
  frameId?: number | undefined;
}

export type Handlers = {
  [T in MessageType]: (payload: ParsedRequestOf<T>, context: HandlerContext) => Promise<ResponseOf<T>>;
};

export function senderContext(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderContext | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return 'extension';
  return sender.tab ? 'content' : null;
}

function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(messages, type);
}

export async function route(
  raw: unknown,
  sender: Runtime.MessageSender,
  handlers: Handlers,
  identity: { id: string; origin: string },
): Promise<Reply> {
  try {
    const from = senderContext(sender, identity.id, identity.origin);
    if (!from) throw new AppError('invalid-input', 'Message from an unknown sender ignored.');
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success || !isMessageType(envelope.data.type)) throw new AppError('invalid-input', 'Unknown message.');
    const type = envelope.data.type;
    const spec = messages[type];
    if (!(spec.from as readonly string[]).includes(from)) throw new AppError('invalid-input', `${type} is not allowed from a ${from} context.`);
    const payload = spec.request.safeParse(envelope.data.payload ?? {});
    if (!payload.success) throw new AppError('invalid-input', `The ${type} message was malformed.`);
    const handler = handlers[type] as (payload: unknown, context: HandlerContext) => Promise<unknown>;
    const data = await handler(payload.data, { from, tabId: sender.tab?.id, frameId: sender.frameId });
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: toAppError(error).toData() };
  }
}
