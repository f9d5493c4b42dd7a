// The desktop notification text for requests newly allocated to me. Pure.
import type { ApiCallbackRequest } from '../shared/api/callbacks-schemas';
import { formatInternational } from '../shared/phone';

function minutesText(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}

function dueText(request: ApiCallbackRequest, now: number): string | undefined {
  const due = request.DueTime ? Date.parse(request.DueTime) : NaN;
  if (Number.isNaN(due)) return undefined;
  return due <= now ? `overdue by ${minutesText(now - due)}` : `due in ${minutesText(due - now)}`;
}

export function describeRequest(request: ApiCallbackRequest, now: number): string {
  const number = formatInternational(request.ContactNumber);
  const who = request.ContactName ? `${request.ContactName} (${number})` : number;
  return [who, request.CallbackListName ?? undefined, dueText(request, now)].filter(Boolean).join(' · ');
}

export function newRequestsNotice(added: readonly ApiCallbackRequest[], now: number): { title: string; message: string } {
  const [first] = added;
  if (added.length === 1 && first) return { title: 'New callback request for you', message: describeRequest(first, now) };
  const lines = added.slice(0, 3).map((request) => describeRequest(request, now));
  const more = added.length > 3 ? [`and ${added.length - 3} more`] : [];
  return { title: `${added.length} new callback requests for you`, message: [...lines, ...more].join('\n') };
}
