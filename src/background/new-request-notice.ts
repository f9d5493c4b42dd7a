// The desktop notification text for requests newly allocated to me, in the active language. Pure.
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import { t, tn } from '../shared/i18n';
import { formatInternational } from '../shared/phone';

function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  return minutes < 60 ? t('time_minutes', minutes) : t('time_hours', Math.round(minutes / 60));
}

function dueText(request: ApiCallbackRequest, now: number): string | undefined {
  const due = request.DueTime ? Date.parse(request.DueTime) : NaN;
  if (Number.isNaN(due)) return undefined;
  return due <= now ? t('due_overdue', minutesText(now - due)) : t('due_in', minutesText(due - now));
}

export function describeRequest(request: ApiCallbackRequest, now: number): string {
  const number = formatInternational(request.ContactNumber);
  const who = request.ContactName ? t('common_name_with_email', request.ContactName, number) : number;
  return [who, request.CallbackListName ?? undefined, dueText(request, now)].filter(Boolean).join(' · ');
}

export function newRequestsNotice(added: readonly ApiCallbackRequest[], now: number): { title: string; message: string } {
  const [first] = added;
  if (added.length === 1 && first) return { title: t('notice_new_one'), message: describeRequest(first, now) };
  const lines = added.slice(0, 3).map((request) => describeRequest(request, now));
  const more = added.length > 3 ? [t('notice_and_more', added.length - 3)] : [];
  return { title: tn('notice_new', added.length), message: [...lines, ...more].join('\n') };
}
