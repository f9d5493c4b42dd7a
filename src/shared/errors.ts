// Errors cross context boundaries as data ({code, message}); this is the one list of codes.
import * as z from 'zod';
import { t } from './i18n';

export const ERROR_CODES = [
  'signed-out',
  'unknown-email',
  'wrong-credentials',
  'unauthorized',
  'forbidden',
  'not-found',
  'rate-limited',
  'server-error',
  'network',
  'timeout',
  'malformed-response',
  'invalid-input',
  'request-closed',
  'request-expired',
  'request-not-mine',
  'window-exceeded',
  'call-in-progress',
  'no-webphone',
  'interrupted',
  'internal',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({ code: errorCodeSchema, message: z.string() });
export type AppErrorData = z.infer<typeof appErrorSchema>;

/** An error whose message is meant for the agent to read and act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toData(): AppErrorData {
    return { code: this.code, message: this.message };
  }
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('internal', t('err_internal', detail));
}
