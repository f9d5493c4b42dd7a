// When a callback request may be called: open, not expired, and not someone else's.
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import { AppError } from '../shared/errors';
import { t } from '../shared/i18n';

export function isExpired(request: Pick<ApiCallbackRequest, 'ExpiryTime'>, now: number): boolean {
  if (!request.ExpiryTime) return false;
  const expiry = Date.parse(request.ExpiryTime);
  return !Number.isNaN(expiry) && expiry <= now;
}

export function assertCallable(request: ApiCallbackRequest, myUserId: string, now: number): void {
  const name = request.ContactName;
  if (isExpired(request, now)) throw new AppError('request-expired', name ? t('err_expired_named', name) : t('err_expired'));
  if (request.IsClosed) throw new AppError('request-closed', name ? t('err_closed_named', name) : t('err_closed'));
  if (request.AssignedUserId && request.AssignedUserId.toLowerCase() !== myUserId.toLowerCase()) {
    throw new AppError('request-not-mine', name ? t('err_not_mine_named', name) : t('err_not_mine'));
  }
}
