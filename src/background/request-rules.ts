// When a callback request may be called: open, not expired, and not someone else's.
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import { AppError } from '../shared/errors';

export function isExpired(request: Pick<ApiCallbackRequest, 'ExpiryTime'>, now: number): boolean {
  if (!request.ExpiryTime) return false;
  const expiry = Date.parse(request.ExpiryTime);
  return !Number.isNaN(expiry) && expiry <= now;
}

export function assertCallable(request: ApiCallbackRequest, myUserId: string, now: number): void {
  const who = request.ContactName ? `${request.ContactName}'s callback request` : 'This callback request';
  if (isExpired(request, now)) throw new AppError('request-expired', `${who} has expired and can no longer be called.`);
  if (request.IsClosed) throw new AppError('request-closed', `${who} is already closed. No call was started.`);
  if (request.AssignedUserId && request.AssignedUserId.toLowerCase() !== myUserId.toLowerCase()) {
    throw new AppError('request-not-mine', `${who} is assigned to another agent. No call was started.`);
  }
}
