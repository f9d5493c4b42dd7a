// Whether a request can still be called, and why not. Pure: no DOM, no browser APIs.
import { t } from '../shared/i18n';
import type { CallbackRequestView } from '../shared/messages/contract';

/** Milliseconds since the epoch, or undefined when the value is missing or unreadable. */
export function timeOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The background derives `isExpired`; the expiry time also counts while the popup stays open. */
export function isExpired(request: CallbackRequestView, now: number): boolean {
  if (request.isExpired) return true;
  const expiry = timeOf(request.expiryTime);
  return expiry !== undefined && expiry <= now;
}

/** Why the request cannot be called, or undefined when it can. */
export function unavailableReason(request: CallbackRequestView, now: number): string | undefined {
  if (request.isClosed) return t('request_closed_reason');
  if (isExpired(request, now)) return t('request_expired_reason');
  return undefined;
}
