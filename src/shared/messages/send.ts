// Typed request/answer over runtime messaging, for content scripts and extension pages.
import { browser } from '../browser';
import { AppError } from '../errors';
import { messages, replySchema, type MessageType, type RequestOf, type ResponseOf } from './contract';
import { t } from '../i18n';

export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('internal', t('err_background_silent', detail));
  }
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new AppError('internal', t('err_background_unreadable'));
  if (!reply.data.ok) throw new AppError(reply.data.error.code, reply.data.error.message);
  const data = messages[type].response.safeParse(reply.data.data);
  if (!data.success) throw new AppError('internal', `The answer to ${type} did not have the expected shape.`);
  return data.data as ResponseOf<T>;
}
