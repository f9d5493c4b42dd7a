// Typed request/answer over runtime messaging, for content scripts and extension pages.
import { browser } from '../browser';
import { AppError } from '../errors';
import { messages, replySchema, type MessageType, type RequestOf, type ResponseOf } from './contract';

export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type, payload });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('internal', `The extension's background did not answer (${detail}). Reload the page and try again.`);
  }
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new AppError('internal', "The extension's background sent an answer that could not be read.");
  if (!reply.data.ok) throw new AppError(reply.data.error.code, reply.data.error.message);
  const data = messages[type].response.safeParse(reply.data.data);
  if (!data.success) throw new AppError('internal', `The answer to ${type} did not have the expected shape.`);
  return data.data as ResponseOf<T>;
}
